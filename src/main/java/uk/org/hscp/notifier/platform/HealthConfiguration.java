package uk.org.hscp.notifier.platform;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.actuate.jms.JmsHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health of the database ({@code db}) and the broker ({@code jms}) as Spring
 * Boot checks them, but each run in the background ({@link BackgroundHealthCheck}): /actuator/health and its
 * liveness and readiness groups answer at once during any outage. These beans take the names Spring Boot's own
 * indicators would have, so they replace them. The mailboxes ({@code mailboxes}) and the SMTP relay ({@code relay})
 * are checked the same way.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    @Qualifier("healthChecks")
    ExecutorService healthChecks() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "health-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    HealthCheckTiming healthCheckTiming(@Value("${hscp.health.refresh:5s}") Duration refresh,
            @Value("${hscp.health.timeout:800ms}") Duration timeout,
            @Qualifier("healthChecks") ExecutorService healthChecks) {
        return new HealthCheckTiming(refresh, timeout, healthChecks);
    }

    @Bean
    BackgroundHealthCheck dbHealthContributor(DataSource dataSource, HealthCheckTiming timing) {
        return timing.inBackground(new DataSourceHealthIndicator(dataSource));
    }

    // no @ConditionalOnBean: the connection factory and the mail sender come from auto-configuration, which is
    // evaluated after this class, so such a condition would always be false here
    @Bean
    BackgroundHealthCheck jmsHealthContributor(ConnectionFactory connectionFactory, HealthCheckTiming timing) {
        return timing.inBackground(new JmsHealthIndicator(connectionFactory));
    }

}
