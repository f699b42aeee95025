package uk.org.hscp.notifier.platform;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * How often the background health checks run ({@code hscp.health.refresh}, 5 s) and how long one may take
 * before its part shows DOWN ({@code hscp.health.timeout}, 800 ms: a probe's answer stays under a second).
 */
public record HealthCheckTiming(Duration refresh, Duration timeout, Executor executor) {

    public BackgroundHealthCheck inBackground(HealthIndicator check) {
        return new BackgroundHealthCheck(check, executor, refresh, timeout);
    }
}
