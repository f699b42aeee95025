package uk.org.hscp.notifier.dispatch.infra;

import java.util.Collection;
import java.util.Map;

import jakarta.jms.DeliveryMode;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.dispatch.DeliveryQueue;

/**
 * Hands delivery ids to routes/dispatch-publish.yaml, which puts them on dispatch.outbound with the JMS priority
 * and persistence set here (replies to a sender at 7, the rest at JMS's default 4; deliveries left waiting by a
 * flood, again at 9).
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
        int jmsPriority = switch (priority) {
            case OVERDUE -> 9;
            case REPLY -> 7;
            case NORMAL -> 4;
        };
        Map<String, Object> qos = Map.of("JMSPriority", jmsPriority,
                "JMSDeliveryMode", DeliveryMode.PERSISTENT);
        for (Long id : deliveryIds) {
            producer.sendBodyAndHeaders(ENDPOINT, Long.toString(id), qos);
        }
    }
}
