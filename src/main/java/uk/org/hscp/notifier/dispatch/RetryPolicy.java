package uk.org.hscp.notifier.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When to try a delivery again after a temporary failure: exponential back-off from an initial delay,
 * capped, for a fixed number of attempts (the defaults, 10 attempts 1 minute apart growing by 1.8, span
 * about 4 hours). The due time of the next attempt is kept in the database and compared with the clock,
 * so a restart loses no retry and tests move the clock instead of sleeping.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;

    public RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("hscp.dispatch.retry.max-attempts must be at least 1");
        }
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("hscp.dispatch.retry.initial-delay must be positive");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("hscp.dispatch.retry.multiplier must be at least 1.0");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("hscp.dispatch.retry.max-delay must be at least the initial delay");
        }
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.multiplier = multiplier;
        this.maxDelay = maxDelay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1-based) before the next one. */
    public Duration delayAfter(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.round(millis));
    }

    /** When to try again after {@code attemptsMade} failed attempts; empty when none is left. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
    }

    /** Every wait between attempts, in order. */
    public List<Duration> schedule() {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            waits.add(delayAfter(attempt));
        }
        return waits;
    }

    /** From the first attempt to the last. */
    public Duration span() {
        return schedule().stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public String toString() {
        return "RetryPolicy[" + maxAttempts + " attempts over " + span().toMinutes() + " min]";
    }
}
