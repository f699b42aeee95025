package uk.org.hscp.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.org.hscp.notifier.platform.cli.Commands;

@SpringBootApplication
public class ReviewNotifierApplication {

    /** Runs a command-line tool when the arguments name one ({@code parse FILE}), else starts the service. */
    public static void main(String[] args) {
        var command = Commands.run(args, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication.run(ReviewNotifierApplication.class, args);
    }
}
