package uk.org.hscp.notifier.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.platform.MetricsProperties;
import uk.org.hscp.notifier.platform.ScrapeCache;

/**
 * {@code hscp_health_status}: 1 while the health endpoint says UP, 0 otherwise (a mailbox unreachable, the
 * database or the relay away). Prometheus's own {@code up} covers a service that does not answer at all.
 */
@Component
class HealthMetrics implements MeterBinder {

    private final HealthEndpoint health;
    private final ScrapeCache<Double> status;

    HealthMetrics(@Lazy HealthEndpoint health, MetricsProperties properties) {
        this.health = health;
        this.status = properties.cached(this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hscp.health.status", status, ScrapeCache::get)
                .description("1 when the service's health is UP, 0 when any part of it is down")
                .register(registry);
    }

    private double read() {
        try {
            return Status.UP.equals(health.health().getStatus()) ? 1 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
