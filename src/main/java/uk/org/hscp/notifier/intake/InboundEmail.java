package uk.org.hscp.notifier.intake;

import java.util.List;

/**
 * What the service needs from an e-mail: who sent it, what it says it is, and every file in it.
 * {@code fromAddress} is lower-case (null unless the From field holds exactly one address); {@code messageId}
 * falls back to a hash of the bytes; {@code authenticationResults} are the e-mail's Authentication-Results fields
 * as written, topmost first.
 */
public record InboundEmail(String messageId, String fromAddress, String subject, List<Attachment> attachments,
        boolean deliveryStatusReport, List<String> authenticationResults) {

    public InboundEmail {
        attachments = List.copyOf(attachments);
        authenticationResults = authenticationResults == null ? List.of() : List.copyOf(authenticationResults);
    }

    public InboundEmail(String messageId, String fromAddress, String subject, List<Attachment> attachments,
            boolean deliveryStatusReport) {
        this(messageId, fromAddress, subject, attachments, deliveryStatusReport, List.of());
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
