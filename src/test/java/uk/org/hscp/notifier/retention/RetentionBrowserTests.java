package uk.org.hscp.notifier.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;

/**
 * The Retention page and the legal hold, in a real browser: the team sees what the next 30 days will purge, places a
 * hold from the page, lifts and places it on the case page (each audited), and the purge then leaves the case alone.
 * The Audit page says whether the audit chain is intact.
 */
@ServiceTest
class RetentionBrowserTests {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired RetentionPurge purge;

    Browser browser;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        clock.set(START);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
        clock.set(START);
    }

    @Test
    void theTeamSeesWhatIsDueAndPlacesALegalHoldFirst() {
        long published = TestCases.insertCase(jdbc, "HSCP-2026-0001", "Child A", "Amelia", "Quince",
                LocalDate.of(2015, 3, 4), "referrer@hampshire.police.uk", START);
        TestCases.insertCase(jdbc, "HSCP-2026-0002", "Child B", "Bella", "Rowan", LocalDate.of(2016, 3, 4),
                "referrer@hampshire.police.uk", START);
        jdbc.sql("INSERT INTO case_event (case_id, event, occurred_at, recorded_by, recorded_at)"
                        + " VALUES (:c, 'PUBLISHED', :at, 'team', :at)")
                .param("c", published).param("at", Timestamps.utc(Instant.parse("2026-06-01T00:00:00Z"))).update();
        browser.signIn("team", StaffLogins.PASSWORD); // on the Today page, which counts working days of 2026
        clock.set(Instant.parse("2032-05-10T09:00:00Z")); // six years from publication on 1 June 2032
        browser.open("/retention");
        assertThat(browser.heading()).isEqualTo("Retention");
        assertThat(browser.find(By.id("until")).getText()).isEqualTo("Wednesday 9 June 2032");
        assertThat(browser.find(By.cssSelector("#counts tr[data-class='form-data-and-identity']")).getText())
                .contains("Form data and the child's identity", "kept 6 years from the case's end, then tombstone")
                .endsWith("1");
        assertThat(browser.findAll(By.cssSelector("#cases tbody tr"))).extracting(r -> r.getAttribute("data-reference"))
                .containsExactly("HSCP-2026-0001");
        assertThat(browser.find(By.cssSelector("#cases tr[data-reference='HSCP-2026-0001']")).getText())
                .contains("HSCP-2026-0001", "(Child A)", "Form data and the child's identity: 1 June 2032",
                        "Place legal hold")
                .doesNotContain("Raw bytes"); // the case has no e-mail
        assertThat(browser.driver().getPageSource()).doesNotContain("Amelia", "Quince");
        browser.screenshot("retention");

        browser.follow(By.id("hold-HSCP-2026-0001"));
        assertThat(browser.path()).isEqualTo("/retention");
        assertThat(browser.find(By.id("hold-changed")).getText()).contains("Legal hold placed on HSCP-2026-0001");
        assertThat(browser.find(By.cssSelector("#cases tr[data-reference='HSCP-2026-0001']")).getText())
                .contains("Held: not purged", "Lift hold");

        browser.follow(By.linkText("HSCP-2026-0001"));
        assertThat(browser.find(By.id("legal-hold-status")).getAttribute("data-held")).isEqualTo("true");
        assertThat(browser.find(By.id("legal-hold-status")).getText()).contains("placed by team", "10 May 2032");
        browser.follow(By.id("toggle-legal-hold"));
        assertThat(browser.find(By.id("hold-changed")).getText()).contains("Legal hold lifted from HSCP-2026-0001");
        assertThat(browser.find(By.id("legal-hold-status")).getAttribute("data-held")).isEqualTo("false");
        browser.follow(By.id("toggle-legal-hold"));
        assertThat(browser.find(By.id("legal-hold-status")).getAttribute("data-held")).isEqualTo("true");

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = 'HSCP-2026-0001' AND action LIKE '%HOLD'"
                + " ORDER BY id").query(String.class).list())
                .containsExactly("PLACE_LEGAL_HOLD", "LIFT_LEGAL_HOLD", "PLACE_LEGAL_HOLD");

        clock.set(Instant.parse("2032-06-02T02:30:00Z"));
        purge.purgeDue();
        assertThat(jdbc.sql("SELECT child_first_name FROM review_case WHERE id = :id").param("id", published)
                .query(String.class).single()).isEqualTo("Amelia");
    }

    @Test
    void anAuditorSeesWhetherTheAuditChainIsIntactAndWhichEntryWasChanged() {
        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/retention");
        browser.signOut();

        browser.signIn("auditor", StaffLogins.PASSWORD);
        browser.open("/audit");
        assertThat(browser.find(By.id("chain-status")).getAttribute("data-intact")).isEqualTo("true");
        assertThat(browser.find(By.id("chain-status")).getText()).contains("Chain intact", "entries checked");

        long viewed = jdbc.sql("SELECT id FROM audit_event WHERE action = 'VIEW_RETENTION'").query(Long.class).single();
        jdbc.sql("UPDATE audit_event SET username = 'nobody' WHERE id = :id").param("id", viewed).update();
        browser.open("/audit");
        assertThat(browser.find(By.id("chain-status")).getAttribute("data-intact")).isEqualTo("false");
        assertThat(browser.find(By.id("chain-status")).getText())
                .contains("The audit trail has been tampered with", "entry id " + viewed + " was changed");
    }
}
