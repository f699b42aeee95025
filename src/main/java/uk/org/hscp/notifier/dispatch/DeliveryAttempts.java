package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * The delivery table as one attempt uses it: claimed (SENDING, committed) before SMTP, then SENT, retried later
 * or closed. Status changes that depend on the current status say so and report whether they applied, so two
 * workers never both act on one delivery; each is written with a row of its history.
 */
public interface DeliveryAttempts {

    /** A delivery claimed for one attempt (status SENDING, attempts already counted). */
    record DeliveryToSend(long id, long noticeId, NoticeKind kind, Long caseId, Long inboundEmailId, Long deadlineId,
            Long reminderId, String recipient, String role, String messageId, int attempts, List<String> lines) {

        @Override
        public String toString() {
            return "DeliveryToSend[" + id + ", " + kind + ", " + role + ", attempt " + attempts + "]";
        }
    }

    /**
     * QUEUED or TEMPORARY_FAILURE and due → SENDING by {@code owner} (this instance), one more attempt; empty when
     * not claimable.
     */
    Optional<DeliveryToSend> claim(long id, String owner, Instant now);

    void composed(long id, String subject, String body);

    void sent(long id, String smtpReply, String sha256, byte[] mime, Instant now);

    /** SENDING → TEMPORARY_FAILURE, due again at {@code dueAt}. */
    boolean retryLater(long id, String smtpReply, Instant dueAt, String detail, Instant now);

    /** Any status but SENT → PERMANENT_FAILURE or CANCELLED; from {@code expected} only, when given. */
    boolean close(long id, DeliveryStatus status, Optional<DeliveryStatus> expected, String smtpReply, String detail,
            Instant now);

    Optional<DeliveryRef> find(long id);
}
