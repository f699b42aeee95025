package uk.org.hscp.notifier.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place the wall clock is read; tests replace it with a clock they move. */
@Configuration
class ClockConfiguration {

    @Bean
    ZoneId zone(@Value("${hscp.zone:Europe/London}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ZoneId zone) {
        return Clock.system(zone);
    }
}
