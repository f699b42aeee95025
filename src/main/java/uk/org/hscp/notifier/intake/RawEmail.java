package uk.org.hscp.notifier.intake;

import java.time.Instant;

/**
 * One e-mail exactly as fetched from a mailbox. {@code sourceKey} identifies this copy in its mailbox
 * (IMAP UIDVALIDITY:UID), so reading the same copy again after a crash is recognised.
 */
public record RawEmail(String mailbox, String sourceKey, byte[] bytes, Instant receivedAt) {

    @Override
    public String toString() {
        return "RawEmail[mailbox=" + mailbox + ", sourceKey=" + sourceKey + ", " + bytes.length + " bytes]";
    }
}
