package uk.org.hscp.notifier.intake.mail;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.MailboxesProperties;

/** "mailboxes" in /actuator/health: can every secure mailbox be signed in to? */
@Component("mailboxes")
class MailboxHealthIndicator extends AbstractHealthIndicator {

    private final MailboxesProperties mailboxes;

    MailboxHealthIndicator(MailboxesProperties mailboxes) {
        super("Mailbox health check failed");
        this.mailboxes = mailboxes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allUp = true;
        for (var mailbox : mailboxes.mailboxes()) {
            String state = check(mailbox);
            builder.withDetail(mailbox.name(), state);
            allUp &= state.equals("UP");
        }
        if (allUp) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private static String check(MailboxesProperties.Mailbox mailbox) {
        Properties properties = new Properties();
        String protocol = mailbox.protocol();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "5000");
        properties.setProperty("mail." + protocol + ".timeout", "5000");
        properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            return "UP";
        } catch (MessagingException e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }
}
