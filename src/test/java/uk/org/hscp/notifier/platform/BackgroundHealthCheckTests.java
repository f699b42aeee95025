package uk.org.hscp.notifier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class BackgroundHealthCheckTests {

    final ExecutorService executor = Executors.newCachedThreadPool();
    final AtomicLong nanos = new AtomicLong();
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aCheckThatHangsMakesItsPartDownAfterTheTimeoutWithoutHoldingTheRequest() {
        AtomicInteger checks = new AtomicInteger();
        var check = new BackgroundHealthCheck(() -> {
            if (checks.incrementAndGet() > 1) {
                awaitRelease(); // the database stopped answering
            }
            return Health.up().build();
        }, executor, Duration.ofSeconds(5), Duration.ofMillis(800), nanos::get);

        assertThat(check.health().getStatus()).isEqualTo(Status.UP);

        nanos.addAndGet(Duration.ofSeconds(6).toNanos()); // due again: a new check starts and hangs
        long started = System.nanoTime();
        assertThat(check.health().getStatus()).as("within the timeout: the last answer").isEqualTo(Status.UP);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        Health late = check.health();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(late.getStatus()).isEqualTo(Status.DOWN);
        assertThat(late.getDetails()).containsEntry("error", "no answer within 800 ms");
        // one check at a time, however many requests: the hanging one (it starts on the executor, maybe just now)
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(checks).hasValue(2));
        check.health();
        assertThat(checks).hasValue(2);

        release.countDown(); // it answers again
        await().atMost(Duration.ofSeconds(5)).until(() -> check.health().getStatus().equals(Status.UP));
    }

    @Test
    void aCheckThatThrowsIsDownNamingTheErrorOnly() {
        var check = new BackgroundHealthCheck(() -> {
            throw new IllegalStateException("connection to db-host refused");
        }, executor, Duration.ofSeconds(5), Duration.ofMillis(800), nanos::get);

        Health health = check.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", IllegalStateException.class.getName());
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
