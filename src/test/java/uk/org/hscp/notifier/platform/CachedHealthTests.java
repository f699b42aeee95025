package uk.org.hscp.notifier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import uk.org.hscp.notifier.support.MutableClock;

class CachedHealthTests {

    @Test
    void aCostlyCheckRunsAtMostOnceEveryThirtySecondsHoweverOftenHealthIsAsked() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
        AtomicInteger logins = new AtomicInteger();
        CachedHealth mailbox = new CachedHealth(() -> logins.incrementAndGet() == 1 ? Health.down().build()
                : Health.up().build(), clock, CachedHealth.DEFAULT_TTL);

        for (int ask = 0; ask < 100; ask++) {
            assertThat(mailbox.health().getStatus()).isEqualTo(Status.DOWN);
        }
        clock.advance(Duration.ofSeconds(29));
        assertThat(mailbox.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(logins).hasValue(1);

        clock.advance(Duration.ofSeconds(1));

        assertThat(mailbox.health().getStatus()).isEqualTo(Status.UP);
        assertThat(mailbox.health().getStatus()).isEqualTo(Status.UP);
        assertThat(logins).hasValue(2);
    }
}
