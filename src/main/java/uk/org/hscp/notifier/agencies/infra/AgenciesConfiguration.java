package uk.org.hscp.notifier.agencies.infra;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.agencies.KnownSenders;

@Configuration
@EnableConfigurationProperties(AgenciesProperties.class)
class AgenciesConfiguration {

    @Bean
    KnownSenders knownSenders(AgenciesProperties properties) {
        List<AgenciesProperties.AgencyEntry> entries = properties.agencies() == null ? List.of() : properties.agencies();
        if (entries.isEmpty()) {
            throw new IllegalStateException("config/agencies.yml lists no agency: every e-mail would be quarantined");
        }
        return new KnownSenders(entries.stream()
                .map(e -> new KnownSenders.Agency(e.code(), e.name(), e.domains(), e.addresses())).toList());
    }
}
