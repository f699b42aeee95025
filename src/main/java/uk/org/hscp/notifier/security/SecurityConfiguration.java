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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import uk.org.hscp.notifier.audit.AuditTrail;

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

    /**
     * The one way a local password is checked, for the sign-in page and the API's HTTP Basic alike: throttled and
     * locked by {@link SignInGuard}; with single sign-on configured, only for break-glass accounts.
     */
    @Bean
    AuthenticationProvider staffSignIn(StaffUsers users, PasswordEncoder encoder, SignInGuard guard,
            ObjectProvider<ClientRegistrationRepository> oidc) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new GuardedSignIn(passwords, guard, users, oidc.getIfAvailable() != null);
    }

    @Bean
    RefusalAudit refusalAudit(AuditTrail audit) {
        return new RefusalAudit(audit);
    }

    @Bean
    SignInPages signInPages(AuditTrail audit) {
        return new SignInPages(audit);
    }

    /**
     * The API: HTTP Basic on every call, no session. {@code /api/intake} (senders and subjects, which may carry a
     * child's name): the HSCP team; the delivery log: the team and auditors; reading a case: the team and LIG
     * members (which cases, and which of their forms, {@code CaseAccess} decides per case); the rest: the team.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, RefusalAudit refusals) throws Exception {
        // health too: the HSCP team (and its monitoring) reads each part with HTTP Basic; anonymous callers get UP or DOWN
        return http.securityMatcher(new OrRequestMatcher(AntPathRequestMatcher.antMatcher("/api/**"),
                        EndpointRequest.to(HealthEndpoint.class)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers("/api/intake", "/api/intake/**").hasRole(TEAM)
                        .requestMatchers(HttpMethod.GET, "/api/deliveries", "/api/deliveries.csv", "/api/deliveries/**")
                                .hasAnyRole(TEAM, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/cases/**").hasAnyRole(TEAM, LIG)
                        .requestMatchers(HttpMethod.GET, "/api/reports", "/api/reports/**").hasAnyRole(TEAM, AUDITOR)
                        .anyRequest().hasRole(TEAM))
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInPages.basic()))
                .exceptionHandling(e -> e.accessDeniedHandler(refusals))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless Basic auth: no session cookie to forge
                .build();
    }

    /**
     * The pages. Sessions live in the database (Spring Session JDBC): {@link StaffSessions} ends a user's
     * sessions on every instance at once. Anonymous {@code /actuator/health} answers UP or DOWN only.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            SignInPages signInPages, RefusalAudit refusals) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/assets/**", "/govuk/**", "/static/**").permitAll()
                        .requestMatchers("/deliveries/**", "/deliveries.csv", "/audit/**", "/reports/**").hasAnyRole(TEAM, AUDITOR)
                        .requestMatchers("/cases/*/events/**", "/cases/*/access").hasRole(TEAM)
                        .requestMatchers(HttpMethod.GET, "/", "/cases/**", "/meetings/**").hasAnyRole(TEAM, LIG)
                        .requestMatchers("/**").hasRole(TEAM))
                .formLogin(form -> form.loginPage("/login").successHandler(signInPages).failureHandler(signInPages)
                        .permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(refusals))
                .logout(logout -> logout.addLogoutHandler(signInPages).logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none';"
                                + " form-action 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").successHandler(signInPages)
                    .failureHandler(signInPages));
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
