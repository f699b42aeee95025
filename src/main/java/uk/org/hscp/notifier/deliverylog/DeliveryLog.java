package uk.org.hscp.notifier.deliverylog;

import java.util.List;
import java.util.Optional;

/** Reads the delivery log: deliveries with their whole status history, newest first. */
public interface DeliveryLog {

    List<DeliveryRecord> find(DeliveryQuery query);

    Optional<DeliveryRecord> find(long id);
}
