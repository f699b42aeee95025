package uk.org.hscp.notifier.intake.mail;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.MailboxesProperties;
import uk.org.hscp.notifier.platform.BackgroundHealthCheck;
import uk.org.hscp.notifier.platform.HealthCheckTiming;

/**
 * "mailboxes" in /actuator/health: can every secure mailbox be signed in to? Checked in the background
 * ({@link BackgroundHealthCheck}: one login per mailbox every {@code hscp.health.refresh}, however often health
 * is asked), so a mailbox that does not answer never holds a health request.
 */
@Component("mailboxes")
class MailboxHealthIndicator implements HealthIndicator {

    private final BackgroundHealthCheck background;

    MailboxHealthIndicator(MailboxesProperties mailboxes, HealthCheckTiming timing) {
        this.background = timing.inBackground(new Check(mailboxes));
    }

    @Override
    public Health health() {
        return background.health();
    }

    /** The check itself: one login per mailbox. */
    static final class Check extends AbstractHealthIndicator {

        private final MailboxesProperties mailboxes;

        Check(MailboxesProperties mailboxes) {
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
}
