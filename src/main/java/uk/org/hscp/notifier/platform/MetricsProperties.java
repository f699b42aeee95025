package uk.org.hscp.notifier.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hscp.metrics}: who may scrape {@code /actuator/prometheus} (HTTP Basic, a user of its own that can do
 * nothing else) and how long a value read from the database or the broker is kept between scrapes.
 *
 * @param scrapeUser     the user name Prometheus presents
 * @param scrapePassword its password; when blank, nobody can scrape (the endpoint answers 401)
 * @param cache          how long a database or broker reading serves scrapes
 */
@ConfigurationProperties("hscp.metrics")
public record MetricsProperties(@DefaultValue("prometheus") String scrapeUser, String scrapePassword,
        @DefaultValue("10s") Duration cache) {

    public <T> ScrapeCache<T> cached(java.util.function.Supplier<T> source) {
        return new ScrapeCache<>(cache, source);
    }
}
