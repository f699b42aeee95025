package uk.org.hscp.notifier.platform.mail;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The local mail server of the embedded default (config/application.yml, {@code hscp.embedded-mail}). */
@ConfigurationProperties("hscp.embedded-mail")
public record EmbeddedMailProperties(boolean enabled, int smtpPort, int imapPort, String bindAddress,
        List<User> users) {

    public EmbeddedMailProperties {
        bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress;
        users = users == null ? List.of() : users;
    }

    public record User(String address, String password) {

        @Override
        public String toString() {
            return "User[" + address + "]";
        }
    }
}
