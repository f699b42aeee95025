package uk.org.hscp.notifier.dispatch;

import java.time.Instant;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;

/**
 * Renders a notice and builds the e-mail. It takes an {@link AnonymisedNotice} and envelope data only: there
 * is no way to hand it a case or a form.
 */
public interface MessageComposer {

    /**
     * @param inReplyTo the Message-ID of the e-mail this answers, or null
     */
    record Envelope(String messageId, String fromAddress, String fromName, String to, Instant date, String inReplyTo) {

        @Override
        public String toString() {
            return "Envelope[" + messageId + "]";
        }
    }

    /** @param text the plain-text body, as kept in the delivery log */
    record Composed(String subject, String text, byte[] mime, String sha256) {

        @Override
        public String toString() {
            return "Composed[" + mime.length + " bytes, sha256 " + sha256 + "]";
        }
    }

    Composed compose(AnonymisedNotice notice, Envelope envelope);
}
