package uk.org.hscp.notifier.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Everything but the health endpoint needs a staff login: HTTP Basic for /api/**, a sign-in form (or, where
 * an OIDC provider is configured, the council's single sign-on) for the pages. Passwords are bcrypt hashes;
 * CSRF protection is on for the pages. What each role may open is decided here, by path; which cases a LIG
 * member may read is decided per case by {@code CaseAccess}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String TEAM = StaffRole.HSCP_TEAM.name();
    private static final String LIG = StaffRole.LIG_MEMBER.name();
    private static final String AUDITOR = StaffRole.AUDITOR.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless Basic auth: no session cookie to forge
                .build();
    }

    /** Every signed-in session, so that disabling a user ends theirs at once ({@code StaffSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session times out. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers("/login", "/error", "/assets/**", "/govuk/**", "/static/**").permitAll()
                        .requestMatchers("/deliveries/**", "/deliveries.csv", "/audit/**", "/reports/**").hasAnyRole(TEAM, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/", "/cases/**", "/meetings/**").hasAnyRole(TEAM, LIG)
                        .requestMatchers("/**").hasRole(TEAM))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none';"
                                + " form-action 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login"));
        }
        return http.build();
    }

    /**
     * OIDC users (a council's Entra ID, for instance) get their role and agency from claims of the ID token:
     * by default {@code roles} (values HSCP_TEAM, LIG_MEMBER, AUDITOR; app roles in Entra ID) and
     * {@code agency}. A user with none of the roles gets no access.
     */
    @Bean
    GrantedAuthoritiesMapper oidcAuthorities(@Value("${hscp.security.oidc.roles-claim:roles}") String rolesClaim,
            @Value("${hscp.security.oidc.agency-claim:agency}") String agencyClaim) {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority user) {
                    Object roles = user.getIdToken().getClaims().get(rolesClaim);
                    Optional<String> agency = Optional.ofNullable(user.getIdToken().getClaimAsString(agencyClaim));
                    for (String role : roles instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                            : roles == null ? List.<String>of() : List.of(String.valueOf(roles))) {
                        staffRole(role).ifPresent(r -> mapped.addAll(StaffAuthorities.of(r, agency)));
                    }
                }
            }
            return mapped;
        };
    }

    private static Optional<StaffRole> staffRole(String name) {
        try {
            return Optional.of(StaffRole.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
