package uk.org.hscp.notifier.agencies.infra;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** config/agencies.yml, {@code hscp.agencies}. */
@ConfigurationProperties("hscp")
public record AgenciesProperties(List<AgencyEntry> agencies) {

    public record AgencyEntry(String code, String name, List<String> domains, List<String> addresses) {
    }
}
