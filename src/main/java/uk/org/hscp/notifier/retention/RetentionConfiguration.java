package uk.org.hscp.notifier.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code config/retention.yml}, read and checked at start-up: a missing or wrong setting stops the service. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionSchedule retentionSchedule() {
        return RetentionSchedule.load();
    }
}
