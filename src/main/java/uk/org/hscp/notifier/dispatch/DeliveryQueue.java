package uk.org.hscp.notifier.dispatch;

import java.util.Collection;

/** dispatch.outbound: puts delivery ids (and nothing else) on the queue. */
public interface DeliveryQueue {

    void publish(Collection<Long> deliveryIds);
}
