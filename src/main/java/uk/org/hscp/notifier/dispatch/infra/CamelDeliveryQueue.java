package uk.org.hscp.notifier.dispatch.infra;

import java.util.Collection;
import java.util.Map;

import jakarta.jms.DeliveryMode;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.dispatch.DeliveryQueue;

/**
 * Hands delivery ids to routes/dispatch-publish.yaml, which puts them on dispatch.outbound with the JMS priority
 * and persistence set here (replies to a sender at 7, the rest at JMS's default 4).
 */
@Component
class CamelDeliveryQueue implements DeliveryQueue {

    static final String ENDPOINT = "direct:dispatch-publish";

    private final ProducerTemplate producer;

    CamelDeliveryQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void publish(Collection<Long> deliveryIds, Priority priority) {
        Map<String, Object> qos = Map.of("JMSPriority", priority == Priority.REPLY ? 7 : 4,
                "JMSDeliveryMode", DeliveryMode.PERSISTENT);
        for (Long id : deliveryIds) {
            producer.sendBodyAndHeaders(ENDPOINT, Long.toString(id), qos);
        }
    }
}
