package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The delivery table as the relay's timer uses it: what to put on the queue (again), which SENDING deliveries a
 * stopped instance left behind and how they are settled, and this instance's heartbeat.
 */
public interface DeliveryUpkeep {

    List<Long> requestedNoticesBefore(Instant cutoff, int limit);

    /** Deliveries due for an attempt whose id is not on the queue (or was put there before the cutoff); marks them published. */
    List<Long> claimForPublishing(Instant now, Instant republishCutoff, int limit);

    /**
     * Deliveries due whose id went on the queue at or before {@code publishedBefore} and that are still waiting
     * (QUEUED or TEMPORARY_FAILURE); marks them published now.
     */
    List<Long> claimWaitingSince(Instant now, Instant publishedBefore, int limit);

    /**
     * SENDING since before {@code ownerGoneCutoff} by an instance not seen since then (it stopped mid-send), or
     * since before {@code timeoutCutoff} whoever has it.
     */
    List<DeliveryRef> stuckSending(Instant timeoutCutoff, Instant ownerGoneCutoff, int limit);

    /**
     * SENDING → TEMPORARY_FAILURE due now (or PERMANENT_FAILURE when no attempt is left), for a delivery found by
     * {@link #stuckSending}: false when it moved on meanwhile.
     */
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
}
