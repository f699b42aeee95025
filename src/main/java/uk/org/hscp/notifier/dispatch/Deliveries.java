package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * The notice and delivery tables as dispatch uses them. Every status change of a delivery is written with a
 * row of its history in the same statement batch; updates that depend on the current status say so and
 * report whether they applied, so two workers never both act on one delivery.
 */
public interface Deliveries {

    /** A notice not yet planned, locked for planning. */
    record RequestedNotice(long id, NoticeKind kind, Long caseId, Long inboundEmailId, Long deadlineId,
            Long reminderId, List<String> lines) {
    }

    record NewDelivery(long noticeId, NoticeKind kind, Long caseId, Long deadlineId, String recipient, String role) {

        @Override
        public String toString() {
            return "NewDelivery[notice " + noticeId + ", " + kind + ", " + role + "]";
        }
    }

    /** A delivery claimed for one attempt (status SENDING, attempts already counted). */
    record DeliveryToSend(long id, long noticeId, NoticeKind kind, Long caseId, Long inboundEmailId, Long deadlineId,
            Long reminderId, String recipient, String role, String messageId, int attempts, List<String> lines) {

        @Override
        public String toString() {
            return "DeliveryToSend[" + id + ", " + kind + ", " + role + ", attempt " + attempts + "]";
        }
    }

    /** What is needed to act on a delivery without its content. */
    record DeliveryRef(long id, long noticeId, NoticeKind kind, Long caseId, String role, DeliveryStatus status,
            int attempts, String messageId) {
    }

    // planning

    Optional<RequestedNotice> lockRequested(long noticeId);

    /** The sender of the e-mail, else the referrer's address on the case. */
    Optional<String> senderFor(Long inboundEmailId, Long caseId);

    List<String> reminderRoles(long reminderId);

    Optional<String> deadlineAgency(long deadlineId);

    /** The case's open deadline of this timescale (for this agency when given), the soonest first. */
    Optional<Long> openDeadline(long caseId, String timescaleId, String agency);

    /** Creates a QUEUED delivery with its own Message-ID ({@code <delivery-ID.RANDOM@domain>}); returns its id. */
    long create(NewDelivery delivery, String messageIdDomain, Instant now);

    void planned(long noticeId, Instant now);

    void undeliverable(long noticeId, String detail, Instant now);

    // sending

    /**
     * QUEUED or TEMPORARY_FAILURE and due → SENDING by {@code owner} (this instance), one more attempt; empty when
     * not claimable.
     */
    Optional<DeliveryToSend> claim(long id, String owner, Instant now);

    /** QUEUED or TEMPORARY_FAILURE and due → SENDING, one more attempt; empty when not claimable. */
    Optional<DeliveryToSend> claim(long id, Instant now);

    Optional<String> inboundMessageId(long inboundEmailId);

    /** OPEN, MET, CANCELLED; empty when there is no such deadline. */
    Optional<String> deadlineStatus(long deadlineId);

    void composed(long id, String subject, String body);

    void sent(long id, String smtpReply, String sha256, byte[] mime, Instant now);

    /** SENDING → TEMPORARY_FAILURE, due again at {@code dueAt}. */
    boolean retryLater(long id, String smtpReply, Instant dueAt, String detail, Instant now);

    /** Any status but SENT → PERMANENT_FAILURE or CANCELLED; from {@code expected} only, when given. */
    boolean close(long id, DeliveryStatus status, Optional<DeliveryStatus> expected, String smtpReply, String detail,
            Instant now);

    /** SENT → BOUNCED. */
    boolean bounced(long id, String detail, Instant now);

    /** A history line that changes no status. */
    void note(long id, String detail, Instant now);

    // relay

    List<Long> requestedNoticesBefore(Instant cutoff, int limit);

    /** Deliveries due for an attempt whose id is not on the queue (or was put there before the cutoff); marks them published. */
    List<Long> claimForPublishing(Instant now, Instant republishCutoff, int limit);

    /**
     * Deliveries due whose id went on the queue at or before {@code publishedBefore} and that are still waiting
     * (QUEUED or TEMPORARY_FAILURE); marks them published now.
     */
    List<Long> claimWaitingSince(Instant now, Instant publishedBefore, int limit);

    List<DeliveryRef> sendingSince(Instant cutoff, int limit);

    /**
     * SENDING since before {@code ownerGoneCutoff} by an instance not seen since then (it stopped mid-send), or
     * since before {@code timeoutCutoff} whoever has it.
     */
    List<DeliveryRef> stuckSending(Instant timeoutCutoff, Instant ownerGoneCutoff, int limit);

    /** As {@link #unstick} for a delivery found by {@link #stuckSending}: false when it moved on meanwhile. */
    boolean unstickStuck(long id, Instant timeoutCutoff, Instant ownerGoneCutoff, DeliveryStatus status, String detail,
            Instant now);

    /**
     * A delivery found by {@link #stuckSending} whose copy the relay filed (see {@link SentCopies}): SENT, with the
     * copy as what was sent. False when it moved on meanwhile.
     */
    boolean sentAfterAll(long id, Instant timeoutCutoff, Instant ownerGoneCutoff, byte[] copy, String sha256,
            String detail, Instant now);

    /** This instance is alive: its SENDING deliveries are its own (see {@link #stuckSending}). */
    void heartbeat(String instance, Instant now);

    /** SENDING since before the cutoff → TEMPORARY_FAILURE due now (or PERMANENT_FAILURE when none is left). */
    boolean unstick(long id, Instant cutoff, DeliveryStatus status, String detail, Instant now);

    // lookups

    Optional<DeliveryRef> find(long id);

    Optional<DeliveryRef> byMessageId(String messageId);
}
