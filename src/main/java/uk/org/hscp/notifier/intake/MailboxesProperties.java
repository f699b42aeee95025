package uk.org.hscp.notifier.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** The secure mailboxes watched for forms (config/application.yml, {@code hscp.mailboxes}). */
@Validated
@ConfigurationProperties("hscp")
public record MailboxesProperties(@NotEmpty List<@Valid Mailbox> mailboxes) {

    public record Mailbox(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String name,
            @Pattern(regexp = "imaps?") String protocol, @NotBlank String host, @Min(1) @Max(65535) int port,
            @NotBlank String username, String password) {

        @Override
        public String toString() {
            return "Mailbox[" + name + " " + protocol + "://" + host + ":" + port + "]";
        }
    }
}
