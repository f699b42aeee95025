package uk.org.hscp.notifier.deliverylog;

import java.time.Instant;
import java.util.List;

/**
 * One outgoing e-mail as the HSCP team sees it in the delivery log. The body is the anonymised text that
 * was (or will be) sent; the recipient may be a practitioner's address, so records stay behind the login.
 */
public record DeliveryRecord(long id, String caseReference, String noticeKind, Long deadlineId, String recipient,
        String role, String subject, String status, int attempts, String lastSmtpReply, String messageId,
        String sha256, String body, Instant createdAt, Instant sentAt, List<StatusChange> history) {

    /** One line of a delivery's history: the status from then on, and why. */
    public record StatusChange(String status, Instant at, String detail) {
    }

    @Override
    public String toString() {
        return "DeliveryRecord[" + id + ", " + noticeKind + ", " + role + ", " + status + "]";
    }
}
