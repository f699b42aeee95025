package uk.org.hscp.notifier.platform.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.platform.MetricsProperties;
import uk.org.hscp.notifier.platform.ScrapeCache;

/**
 * How many messages wait on each of the service's queues ({@code hscp_queue_messages}), and how many of each
 * working queue's messages reached its dead-letter queue ({@code hscp_queue_dead_letters}). Asked of the
 * broker through its management address (works for the embedded broker and an external one whose user may
 * read queue attributes); where the broker refuses that, the messages are counted with a queue browser.
 * A broker that cannot be reached reads as NaN.
 */
@Component
class QueueMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(QueueMetrics.class);

    /** Each working queue and its dead-letter queue (docker/artemis/broker.xml, spring.artemis.embedded.queues). */
    static final Map<String, String> DEAD_LETTERS = Map.of("intake.received", "intake.dead",
            "dispatch.outbound", "dispatch.dead");
    static final List<String> QUEUES = List.of("intake.received", "intake.dead", "dispatch.outbound", "dispatch.dead");
    private static final int BROWSE_LIMIT = 100_000;
    private static final long REPLY_WAIT_MS = 5_000;

    private final ConnectionFactory connections;
    private final ScrapeCache<Map<String, Double>> depths;
    private volatile boolean managementRefused;

    QueueMetrics(ConnectionFactory connections, MetricsProperties properties) {
        this.connections = connections;
        this.depths = properties.cached(this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String queue : QUEUES) {
            Gauge.builder("hscp.queue.messages", depths, d -> d.get().getOrDefault(queue, Double.NaN))
                    .tag("queue", queue)
                    .description("Messages waiting on the queue")
                    .register(registry);
        }
        DEAD_LETTERS.forEach((queue, dead) -> Gauge
                .builder("hscp.queue.dead.letters", depths, d -> d.get().getOrDefault(dead, Double.NaN))
                .tag("queue", queue)
                .description("Messages of the queue that failed every redelivery and wait on its dead-letter queue")
                .register(registry));
    }

    private Map<String, Double> read() {
        Map<String, Double> counts = new HashMap<>();
        try (Connection connection = connections.createConnection()) {
            connection.start();
            for (String queue : QUEUES) {
                counts.put(queue, (double) count(connection, queue));
            }
        } catch (JMSException | RuntimeException e) {
            log.warn("Could not read the queue depths from the broker: {}", e.toString());
        }
        return Collections.unmodifiableMap(counts);
    }

    private long count(Connection connection, String queue) throws JMSException {
        if (!managementRefused) {
            try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                TemporaryQueue replies = session.createTemporaryQueue();
                Message request = session.createMessage();
                JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, "messageCount");
                request.setJMSReplyTo(replies);
                try (MessageProducer producer = session.createProducer(session.createQueue("activemq.management"));
                        MessageConsumer consumer = session.createConsumer(replies)) {
                    producer.send(request);
                    Message reply = consumer.receive(REPLY_WAIT_MS);
                    if (reply != null && JMSManagementHelper.hasOperationSucceeded(reply)
                            && JMSManagementHelper.getResult(reply, Long.class) instanceof Number n) {
                        return n.longValue();
                    }
                } finally {
                    replies.delete();
                }
                log.info("The broker did not answer a management request; counting queue messages by browsing");
            } catch (Exception e) {
                log.info("The broker refused a management request ({}); counting queue messages by browsing",
                        e.getClass().getSimpleName());
            }
            managementRefused = true;
        }
        return browse(connection, queue);
    }

    private static long browse(Connection connection, String queue) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
            long n = 0;
            var messages = browser.getEnumeration();
            while (messages.hasMoreElements() && n < BROWSE_LIMIT) {
                messages.nextElement();
                n++;
            }
            return n;
        }
    }
}
