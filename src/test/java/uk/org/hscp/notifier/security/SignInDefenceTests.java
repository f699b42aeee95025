package uk.org.hscp.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffHttp;
import uk.org.hscp.notifier.support.StaffLogins;

/** Failed sign-ins slow down, then lock; locked and disabled users are refused, on the pages and the API. */
@ServiceTest
class SignInDefenceTests {

    static final String USER = "forgetful";
    static final String WRONG = "not the password at all";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired SignInGuard guard;
    @Autowired StaffSessions sessions;

    Instant startedAt;

    @BeforeEach
    void aColleague() {
        startedAt = clock.instant();
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, USER, StaffRole.HSCP_TEAM, Optional.empty());
        users.setEnabled(USER, true);
        users.setPasswordHash(USER, encoder.encode(StaffLogins.PASSWORD));
        guard.unlock(USER);
        sessions.endAllOf(USER);
        jdbc.sql("DELETE FROM audit_event WHERE subject = :u OR username = :u").param("u", USER).update();
        forgetFailures();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(startedAt);
        forgetFailures();
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilTheTeamUnlocksIt() {
        StaffHttp browser = StaffHttp.anonymous(port);
        for (int failure = 1; failure <= 10; failure++) {
            assertThat(location(browser.signIn(USER, WRONG))).as("failure %d", failure).endsWith("/login?error");
            if (failure >= 3 && failure < 10) {
                // too soon: refused without looking at the password, and not counted
                assertThat(location(browser.signIn(USER, StaffLogins.PASSWORD))).as("after failure %d", failure)
                        .contains("/login?error=wait&seconds=" + SignInThrottle.accountWait(failure).toSeconds());
            }
            clock.advance(SignInThrottle.accountWait(failure));
        }

        assertThat(location(browser.signIn(USER, StaffLogins.PASSWORD))).endsWith("/login?error=locked");
        assertThat(browser.get("/login?error=locked").body()).contains("Ask the HSCP team to unlock it");
        assertThat(users.find(USER).orElseThrow().lockedAt()).contains(clock.instant().minus(
                SignInThrottle.accountWait(10)));
        assertThat(actions(USER)).containsSubsequence("SIGN_IN_FAILED", "LOCK_USER", "SIGN_IN_FAILED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject = :u AND action = 'SIGN_IN_FAILED'"
                + " AND detail LIKE 'wrong username or password%from 127.0.0.1'").param("u", USER)
                .query(Integer.class).single()).isEqualTo(10);

        StaffHttp team = StaffHttp.signedIn(port, "team", StaffLogins.PASSWORD);
        assertThat(team.get("/users/" + USER).body()).contains("Locked after too many failed sign-ins");
        assertThat(team.get("/users").body()).contains(">Locked<");
        team.post("/users/" + USER + "/unlock", Map.of());

        assertThat(location(browser.signIn(USER, StaffLogins.PASSWORD))).doesNotContain("/login");
        assertThat(actions(USER)).containsSubsequence("LOCK_USER", "UNLOCK_USER", "SIGN_IN");
    }

    @Test
    void aLockedOrDisabledUsersApiCallFailsAndAThrottledOneIsToldWhenToComeBack() {
        StaffHttp api = StaffHttp.signedIn(port, USER, StaffLogins.PASSWORD);
        assertThat(api.api("GET", "/api/intake", null).statusCode()).isEqualTo(200);
        StaffHttp wrong = StaffHttp.anonymous(port);
        for (int failure = 1; failure <= 10; failure++) {
            HttpResponse<String> refused = basic(USER, WRONG, "/api/intake");
            assertThat(refused.statusCode()).isEqualTo(401);
            if (failure >= 3 && failure < 10) {
                HttpResponse<String> tooSoon = api.api("GET", "/api/intake", null);
                assertThat(tooSoon.statusCode()).isEqualTo(429);
                assertThat(tooSoon.headers().firstValue("Retry-After"))
                        .contains(String.valueOf(SignInThrottle.accountWait(failure).toSeconds()));
            }
            clock.advance(SignInThrottle.accountWait(failure));
        }

        assertThat(api.api("GET", "/api/intake", null).statusCode()).isEqualTo(401);

        guard.unlock(USER);
        assertThat(api.api("GET", "/api/intake", null).statusCode()).isEqualTo(200);
        users.setEnabled(USER, false);
        assertThat(api.api("GET", "/api/intake", null).statusCode()).isEqualTo(401);
        assertThat(wrong.signIn(USER, StaffLogins.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");
    }

    @Test
    void changingAPasswordOrDisablingAUserEndsTheirSessionsAndSignInAndOutAreAudited() {
        StaffHttp user = StaffHttp.signedIn(port, USER, StaffLogins.PASSWORD);
        StaffHttp team = StaffHttp.signedIn(port, "team", StaffLogins.PASSWORD);
        assertThat(user.get("/cases").statusCode()).isEqualTo(200);

        team.post("/users/" + USER + "/password", Map.of("password", "a brand new long password"));

        assertThat(location(user.get("/cases"))).endsWith("/login");
        StaffHttp again = StaffHttp.signedIn(port, USER, "a brand new long password");
        assertThat(again.get("/cases").statusCode()).isEqualTo(200);

        team.post("/users/" + USER + "/enabled", Map.of("enabled", "false"));

        assertThat(location(again.get("/cases"))).endsWith("/login");
        assertThat(team.get("/cases").statusCode()).isEqualTo(200);
        team.post("/logout", Map.of());
        assertThat(location(team.get("/cases"))).endsWith("/login");
        assertThat(actions("team")).containsSubsequence("SIGN_IN", "SET_PASSWORD", "END_SESSIONS", "DISABLE_USER",
                "END_SESSIONS", "SIGN_OUT");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE username = 'team' AND action = 'END_SESSIONS'"
                + " AND subject = :u ORDER BY id").param("u", USER).query(String.class).list()).containsExactly(
                        "1 session(s) ended: password changed; from 127.0.0.1",
                        "1 session(s) ended: user disabled; from 127.0.0.1");
    }

    @Test
    void withSingleSignOnOnlyBreakGlassAccountsMaySignInWithAPassword() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        GuardedSignIn withSingleSignOn = new GuardedSignIn(passwords, guard, users, true);

        assertThatThrownBy(() -> withSingleSignOn.authenticate(attempt(StaffLogins.PASSWORD)))
                .isInstanceOf(GuardedSignIn.LocalPasswordsOff.class);
        assertThatThrownBy(() -> withSingleSignOn.authenticate(attempt(WRONG)))
                .isInstanceOf(BadCredentialsException.class);

        users.setBreakGlass(USER, true);
        try {
            assertThat(withSingleSignOn.authenticate(attempt(StaffLogins.PASSWORD)).isAuthenticated()).isTrue();
        } finally {
            users.setBreakGlass(USER, false);
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(USER, password);
    }

    private HttpResponse<String> basic(String username, String password, String path) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .GET().build();
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.util.List<String> actions(String subjectOrUser) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject = :u OR username = :u ORDER BY id")
                .param("u", subjectOrUser).query(String.class).list();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private void forgetFailures() {
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }
}
