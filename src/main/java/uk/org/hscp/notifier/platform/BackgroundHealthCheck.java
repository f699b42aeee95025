package uk.org.hscp.notifier.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * A health check that never keeps a health request waiting: the real check (a database query, an SMTP or IMAP
 * sign-in, a broker connection) runs in the background, at most one at a time, refreshed every {@code period};
 * a request gets the last answer at once. A check that has not answered within {@code timeout} makes the part
 * DOWN ("no answer within ...") until it answers: an outage that hangs instead of refusing shows as DOWN after
 * {@code timeout}, not after the driver's own timeout. The first request, before any answer, waits at most
 * {@code timeout} for the first check.
 */
public final class BackgroundHealthCheck implements HealthIndicator {

    private final HealthIndicator check;
    private final Executor executor;
    private final long periodNanos;
    private final long timeoutNanos;
    private final LongSupplier nanoTime;

    private volatile Health last;
    private volatile long lastAnsweredAt;
    private CompletableFuture<Health> running;
    private long runningSince;

    public BackgroundHealthCheck(HealthIndicator check, Executor executor, Duration period, Duration timeout) {
        this(check, executor, period, timeout, System::nanoTime);
    }

    BackgroundHealthCheck(HealthIndicator check, Executor executor, Duration period, Duration timeout,
            LongSupplier nanoTime) {
        this.check = check;
        this.executor = executor;
        this.periodNanos = period.toNanos();
        this.timeoutNanos = timeout.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> inFlight = refreshIfDue();
        Health answer = last;
        if (answer == null) {
            try {
                return inFlight.get(timeoutNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return noAnswer();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return noAnswer();
            } catch (ExecutionException e) {
                return Health.down().withDetail("error", e.getCause().getClass().getName()).build();
            }
        }
        synchronized (this) {
            if (running != null && !running.isDone() && nanoTime.getAsLong() - runningSince > timeoutNanos) {
                return noAnswer();
            }
        }
        return answer;
    }

    /** Starts a check when none is running and the last answer is older than the period. */
    synchronized CompletableFuture<Health> refreshIfDue() {
        long now = nanoTime.getAsLong();
        if (running != null && !running.isDone()) {
            return running;
        }
        if (running != null && last != null && now - lastAnsweredAt < periodNanos) {
            return running;
        }
        runningSince = now;
        running = CompletableFuture.supplyAsync(this::checkNow, executor);
        return running;
    }

    private Health checkNow() {
        Health health;
        try {
            health = check.health();
        } catch (RuntimeException e) {
            health = Health.down().withDetail("error", e.getClass().getName()).build();
        }
        last = health;
        lastAnsweredAt = nanoTime.getAsLong();
        return health;
    }

    private Health noAnswer() {
        return Health.status(Status.DOWN)
                .withDetail("error", "no answer within " + Duration.ofNanos(timeoutNanos).toMillis() + " ms")
                .build();
    }
}
