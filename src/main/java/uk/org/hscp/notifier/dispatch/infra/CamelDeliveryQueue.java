package uk.org.hscp.notifier.dispatch.infra;

import java.util.Collection;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.dispatch.DeliveryQueue;

/** Hands delivery ids to routes/dispatch-publish.yaml, which puts them on dispatch.outbound. */
@Component
class CamelDeliveryQueue implements DeliveryQueue {

    static final String ENDPOINT = "direct:dispatch-publish";

    private final ProducerTemplate producer;

    CamelDeliveryQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void publish(Collection<Long> deliveryIds) {
        for (Long id : deliveryIds) {
            producer.sendBody(ENDPOINT, Long.toString(id));
        }
    }
}
