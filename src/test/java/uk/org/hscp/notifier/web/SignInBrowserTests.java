package uk.org.hscp.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;

/** Signing in and out in a real browser, and every page and API refused without a login. */
@ServiceTest
class SignInBrowserTests {

    static final List<String> PAGES = List.of("/", "/cases", "/cases/HSCP-2026-0001", "/quarantine", "/deliveries",
            "/deliveries.csv", "/meetings", "/settings", "/audit", "/users", "/users/new");
    static final List<String> APIS = List.of("/api/intake", "/api/deliveries", "/api/deliveries.csv",
            "/api/cases/HSCP-2026-0001/deadlines");

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void withoutASignInEveryPageLeadsToTheSignInPageAndEveryApiIsRefused() {
        for (String page : PAGES) {
            browser.open(page);
            assertThat(browser.path()).as(page).startsWith("/login");
            assertThat(browser.heading()).isEqualTo("Sign in");
        }
        for (String api : APIS) {
            assertThat(http.getForEntity(api, String.class).getStatusCode()).as(api).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorAndTheRightOneOpensTodayWithOverdueDeadlinesInRed() {
        Instant now = clock.instant();
        long caseId = TestCases.insertCase(jdbc, "HSCP-2026-0042", "Child D", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "ref@hampshire.police.uk", now);
        TestCases.insertDeadline(jdbc, caseId, "RAPID_REVIEW", "Rapid review completed", "8.2.1", "HSCP_TEAM", null,
                now.minusSeconds(86_400), now);

        browser.signIn("team", "not the password");
        assertThat(browser.path()).startsWith("/login?error");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("The username or password is not right");

        browser.signIn("team", StaffLogins.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Today");
        assertThat(browser.driver().getTitle()).startsWith("Today");
        var row = browser.find(By.cssSelector("#deadlines tbody tr"));
        assertThat(row.getAttribute("data-urgency")).isEqualTo("RED");
        assertThat(row.getText()).contains("HSCP-2026-0042", "Child D", "Rapid review completed", "Overdue")
                .doesNotContain("Ada", "Quince");
        // GOV.UK Frontend's stylesheet came from the jar: the table is styled by it
        assertThat(browser.find(By.id("deadlines")).getCssValue("border-collapse")).isEqualTo("collapse");
        browser.screenshot("today");

        browser.signOut();
        assertThat(browser.path()).startsWith("/login?signedOut");
        browser.open("/");
        assertThat(browser.path()).startsWith("/login");
    }
}
