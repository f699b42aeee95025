package uk.org.hscp.notifier.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * A health check that costs a connection (a mailbox login, an SMTP handshake), done at most once per
 * {@code ttl} however often {@code /actuator/health} is asked (a load balancer, anyone anonymous): the answers in
 * between are the last result. Concurrent askers wait for the one check under way rather than start their own.
 */
public final class CachedHealth implements HealthIndicator {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private final HealthIndicator check;
    private final Clock clock;
    private final Duration ttl;
    private Health last;
    private Instant checkedAt;

    public CachedHealth(HealthIndicator check, Clock clock, Duration ttl) {
        this.check = check;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(ttl)) || now.isBefore(checkedAt)) {
            last = check.health();
            checkedAt = now;
        }
        return last;
    }
}
