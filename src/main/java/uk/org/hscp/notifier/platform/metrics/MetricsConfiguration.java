package uk.org.hscp.notifier.platform.metrics;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.config.MeterFilter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import uk.org.hscp.notifier.platform.MetricsProperties;

/**
 * {@code /actuator/prometheus} on the service's own port, behind HTTP Basic for one user of its own
 * ({@code hscp.metrics.scrape-user}, password {@code HSCP_METRICS_PASSWORD}). That user can read the metrics
 * and nothing else, and no staff user can read them with a staff password: the scrape credentials sit in
 * Prometheus's configuration, not in a person's hands. The metrics carry no case reference and nothing
 * personal, only counts by outcome, reason, kind, status, format, mailbox name and queue.
 */
@Configuration
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MetricsConfiguration.class);
    static final String SCRAPE_ROLE = "METRICS_SCRAPE";
    private static final Pattern CASE_REFERENCE = Pattern.compile("HSCP-\\d{4}-\\d+");

    /**
     * No case reference in any tag: an HTTP client's metrics tag the URI it called as it was (without a template),
     * and a case's URI names its case. Replaced by the template's placeholder before the meter exists.
     */
    @Bean
    MeterFilter noCaseReferenceInTags() {
        return MeterFilter.replaceTagValues("uri", uri -> CASE_REFERENCE.matcher(uri).replaceAll("{reference}"));
    }

    @Bean
    @Order(0)
    SecurityFilterChain prometheusScrape(HttpSecurity http, MetricsProperties properties, PasswordEncoder encoder)
            throws Exception {
        var users = new InMemoryUserDetailsManager();
        String password = properties.scrapePassword();
        if (password == null || password.isBlank()) {
            log.warn("HSCP_METRICS_PASSWORD is not set: /actuator/prometheus refuses every scrape");
        } else {
            users.createUser(User.withUsername(properties.scrapeUser()).password(encoder.encode(password))
                    .roles(SCRAPE_ROLE).build());
        }
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return http.securityMatcher(EndpointRequest.to("prometheus"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(SCRAPE_ROLE))
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless Basic auth, GET only
                .build();
    }
}
