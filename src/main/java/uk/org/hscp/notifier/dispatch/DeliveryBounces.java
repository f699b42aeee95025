package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.Optional;

/** The delivery table as bounces use it: the delivery a report names by Message-ID, marked BOUNCED. */
public interface DeliveryBounces {

    Optional<DeliveryRef> byMessageId(String messageId);

    /** SENT → BOUNCED. */
    boolean bounced(long id, String detail, Instant now);

    /** A history line that changes no status. */
    void note(long id, String detail, Instant now);
}
