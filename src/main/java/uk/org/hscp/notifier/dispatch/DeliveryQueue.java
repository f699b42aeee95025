package uk.org.hscp.notifier.dispatch;

import java.util.Collection;

/** dispatch.outbound: puts delivery ids (and nothing else) on the queue. */
public interface DeliveryQueue {

    /** Consumers take the waiting deliveries of a higher priority first. */
    enum Priority {
        NORMAL,
        /** A reply to the agency that just wrote: it should not wait behind a burst of reminders. */
        REPLY,
        /**
         * Any delivery still waiting {@code hscp.dispatch.boost-after} after its id was queued, put on the queue
         * again above everything else: a flood of replies cannot hold back a statutory notice or a reminder for
         * longer than that (and the relay's period).
         */
        OVERDUE
    }

    void publish(Collection<Long> deliveryIds, Priority priority);

    default void publish(Collection<Long> deliveryIds) {
        publish(deliveryIds, Priority.NORMAL);
    }
}
