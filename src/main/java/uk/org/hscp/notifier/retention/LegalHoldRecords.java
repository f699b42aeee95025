package uk.org.hscp.notifier.retention;

import java.time.Instant;
import java.util.Optional;

/** Where a case's legal hold is kept; the cases module, which keeps the case, answers. */
public interface LegalHoldRecords {

    /** Empty when there is no such case. */
    Optional<LegalHolds.Hold> of(String reference);

    /** Places ({@code held}) or lifts the hold; false when it was so already, or there is no such case. */
    boolean set(String reference, boolean held, String by, Instant at);
}
