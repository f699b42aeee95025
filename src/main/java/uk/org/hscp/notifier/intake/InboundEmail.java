package uk.org.hscp.notifier.intake;

import java.util.List;

/**
 * What the service needs from an e-mail: who sent it, what it says it is, and every file in it.
 * {@code fromAddress} is lower-case; {@code messageId} falls back to a hash of the bytes.
 */
public record InboundEmail(String messageId, String fromAddress, String subject, List<Attachment> attachments,
        boolean deliveryStatusReport) {

    public InboundEmail {
        attachments = List.copyOf(attachments);
    }

    public String senderDomain() {
        int at = fromAddress == null ? -1 : fromAddress.lastIndexOf('@');
        return at < 0 ? "" : fromAddress.substring(at + 1);
    }

    @Override
    public String toString() {
        return "InboundEmail[messageId=" + messageId + ", attachments=" + attachments.size() + "]";
    }
}
