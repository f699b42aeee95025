package uk.org.hscp.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.org.hscp.notifier.cli.Commands;

@SpringBootApplication
public class ReviewNotifierApplication {

    private static final String MAIL_STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail finds its stream provider with a ServiceLoader scan of the class path for every block of
        // headers it parses unless this names it: about 8 % of the CPU time while a backlog of e-mail is taken in.
        if (System.getProperty(MAIL_STREAM_PROVIDER) == null) {
            System.setProperty(MAIL_STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** Runs a command-line tool when the arguments name one ({@code parse FILE}), else starts the service. */
    public static void main(String[] args) {
        var command = Commands.run(args, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication.run(ReviewNotifierApplication.class, args);
    }
}
