package uk.org.hscp.notifier.intake.mail;

import java.time.Clock;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.MailboxesProperties;
import uk.org.hscp.notifier.platform.CachedHealth;

/**
 * "mailboxes" in /actuator/health: can every secure mailbox be signed in to? Checked at most once per 30 s (one
 * IMAP login per mailbox), however often health is asked; the answers in between repeat the last check.
 */
@Component("mailboxes")
class MailboxHealthIndicator implements HealthIndicator {

    private final CachedHealth cached;

    MailboxHealthIndicator(MailboxesProperties mailboxes, Clock clock) {
        this.cached = new CachedHealth(new Check(mailboxes), clock, CachedHealth.DEFAULT_TTL);
    }

    @Override
    public Health health() {
        return cached.health();
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
