package uk.org.hscp.notifier.cases;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * The e-mails that brought a case its forms, as the intake journal keeps them: the case pages show who sent each
 * and offer it whole as {@code .eml} to those who may read the form. Intake implements it (it owns the journal).
 * Senders and subjects (a subject may name a child) go only where {@link CaseAccess} allows.
 */
public interface OriginalEmails {

    record Email(String sender, String subject, ZonedDateTime receivedAt) {

        @Override
        public String toString() {
            return "Email[redacted]";
        }
    }

    /** By journal id; an id the journal no longer holds is left out. */
    Map<Long, Email> byId(Collection<Long> emailIds);

    /** The e-mail's bytes exactly as received. */
    byte[] raw(long emailId);
}
