package uk.org.hscp.notifier.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.support.Database;

/** What benchmarks do to the running service between measurements: quiet it, empty it, switch sending off. */
final class BenchService {

    static final String DISPATCH_SEND_ROUTE = "dispatch-send";

    private final JdbcClient jdbc;
    private final CamelContext camel;
    private final EmbeddedActiveMQ broker;

    BenchService(JdbcClient jdbc, CamelContext camel, EmbeddedActiveMQ broker) {
        this.jdbc = jdbc;
        this.camel = camel;
        this.broker = broker;
    }

    /** Empties the service's tables and the dispatch queue, so each measurement starts from nothing. */
    void empty() {
        purge("dispatch.outbound");
        purge("intake.received");
        Database.clean(jdbc);
        jdbc.sql("VACUUM ANALYZE").update();
    }

    /** E-mail sending off: delivery ids wait on dispatch.outbound and are purged by {@link #empty()}. */
    void stopSending() {
        try {
            camel.getRouteController().stopRoute(DISPATCH_SEND_ROUTE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void startSending() {
        try {
            camel.getRouteController().startRoute(DISPATCH_SEND_ROUTE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void purge(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(queueName));
        if (queue != null) {
            try {
                queue.deleteAllReferences();
            } catch (Exception e) {
                throw new IllegalStateException("Could not purge " + queueName, e);
            }
        }
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static <T> T waitFor(Duration atMost, Callable<T> supplier, java.util.function.Predicate<T> done) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(supplier, done::test);
    }
}
