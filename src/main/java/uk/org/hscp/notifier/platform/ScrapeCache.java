package uk.org.hscp.notifier.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database when Prometheus scrapes, kept for a short while so that the several series
 * of one scrape (and scrapes close together) cost one query, not one per series. Wall-clock time on purpose:
 * the cache bounds the load on the database, not a business rule.
 */
public final class ScrapeCache<T> {

    private final Supplier<T> source;
    private final long ttlNanos;
    private T value;
    private long readAt;
    private boolean read;

    public ScrapeCache(Duration ttl, Supplier<T> source) {
        this.source = source;
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached value, read again when older than the time to live (or on first use). */
    public synchronized T get() {
        long now = System.nanoTime();
        if (!read || now - readAt >= ttlNanos) {
            value = source.get();
            readAt = now;
            read = true;
        }
        return value;
    }
}
