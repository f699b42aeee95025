package uk.org.hscp.notifier.dispatch;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries whose processing failed on every broker redelivery (the database away, a bug) reach
 * dispatch.dead: each is marked PERMANENT_FAILURE and the HSCP team alerted. SMTP failures never come here:
 * they are recorded and retried from the database.
 */
@Component("deliveryDeadLetters")
public class DeliveryDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDeadLetters.class);

    private final DeliveryAttempts deliveries;
    private final DeliveryAlerts alerts;
    private final Clock clock;

    DeliveryDeadLetters(DeliveryAttempts deliveries, DeliveryAlerts alerts, Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Transactional
    public void giveUp(String deliveryId) {
        long id = Long.parseLong(deliveryId.strip());
        var found = deliveries.find(id);
        if (found.isEmpty()) {
            return;
        }
        var delivery = found.get();
        if (delivery.status() != DeliveryStatus.QUEUED && delivery.status() != DeliveryStatus.SENDING
                && delivery.status() != DeliveryStatus.TEMPORARY_FAILURE) {
            return;
        }
        String what = "could not be processed on any redelivery and went to the dead-letter queue";
        if (deliveries.close(id, DeliveryStatus.PERMANENT_FAILURE, Optional.of(delivery.status()), null,
                "Processing failed on every redelivery (dispatch.dead)", clock.instant())) {
            alerts.failed(id, delivery.kind(), delivery.caseId(), delivery.role(), delivery.attempts(), what, null);
            log.warn("Delivery {} went to the dead-letter queue and is marked PERMANENT_FAILURE", id);
        }
    }
}
