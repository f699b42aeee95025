package uk.org.hscp.notifier.dispatch;

import java.util.Collection;

/** dispatch.outbound: puts delivery ids (and nothing else) on the queue. */
public interface DeliveryQueue {

    /** Consumers take the waiting deliveries of a higher priority first. */
    enum Priority {
        NORMAL,
        /** A reply to the agency that just wrote: it should not wait behind a burst of reminders. */
        REPLY
    }

    void publish(Collection<Long> deliveryIds, Priority priority);

    default void publish(Collection<Long> deliveryIds) {
        publish(deliveryIds, Priority.NORMAL);
    }
}
