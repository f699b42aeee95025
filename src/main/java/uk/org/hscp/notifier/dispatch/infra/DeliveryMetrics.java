package uk.org.hscp.notifier.dispatch.infra;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.dispatch.DeliveryStatus;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.platform.MetricsProperties;
import uk.org.hscp.notifier.platform.ScrapeCache;

/**
 * {@code hscp_deliveries}: the delivery log by notice kind and status, read on scrape (one grouped count, cached
 * briefly). Every kind and status has its series from the start (0 until one exists), so an alert can compare
 * with an hour ago.
 */
@Component
class DeliveryMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final ScrapeCache<Map<String, Long>> counts;

    DeliveryMetrics(JdbcClient jdbc, MetricsProperties properties) {
        this.jdbc = jdbc;
        this.counts = properties.cached(this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NoticeKind kind : NoticeKind.values()) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                String key = kind.name() + "/" + status.name();
                Gauge.builder("hscp.deliveries", counts, c -> c.get().getOrDefault(key, 0L))
                        .tags("kind", kind.name(), "status", status.name())
                        .description("Deliveries in the log, by notice kind and status").register(registry);
            }
        }
    }

    private Map<String, Long> read() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT notice_kind, status, COUNT(*) FROM delivery GROUP BY notice_kind, status")
                .query(rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }
}
