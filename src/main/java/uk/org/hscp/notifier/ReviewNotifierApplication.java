package uk.org.hscp.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReviewNotifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewNotifierApplication.class, args);
    }
}
