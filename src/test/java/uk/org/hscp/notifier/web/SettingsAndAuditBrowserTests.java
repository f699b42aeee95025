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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.intake.MailboxesProperties;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;

/** The settings page (read only) and the audit trail, in a real browser. */
@ServiceTest
class SettingsAndAuditBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired WorkingDayCalendar calendar;
    @Autowired MailboxesProperties mailboxes;
    @Autowired uk.org.hscp.notifier.intake.IntakeProperties intake;

    Browser browser;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theSettingsShowTheCatalogueInWordsTheCalendarCoverRecipientsMailboxesAndAgenciesButNoPassword() {
        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/settings");

        assertThat(browser.heading()).isEqualTo("Settings");
        WebElement referral = browser.find(By.cssSelector("#timescales tr[data-timescale='REFERRAL_IN_WRITING']"));
        assertThat(referral.getText()).contains("Referral confirmed in writing on the Referral Form", "7.2",
                "referral first notified", "48 hours after referral first notified",
                "1 working day before, on the day (REFERRING_AGENCY, HSCP_TEAM)",
                "1 working day after (LIG_CHAIR, BUSINESS_MANAGER)");
        assertThat(browser.find(By.id("covered-until")).getText()).contains(
                calendar.coveredUntil().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        assertThat(browser.find(By.id("holidays-2026")).getText()).contains("Fri 25 Dec", "Christmas");
        assertThat(browser.find(By.id("holidays-2027")).getText()).contains("Mon 3 May");
        assertThat(browser.find(By.id("roles")).getText()).contains("NATIONAL_PANEL",
                "Mailbox.NationalReviewPanel@education.gov.uk");
        assertThat(browser.find(By.id("lig-agencies")).getText()).contains("POLICE", "lig.police@hscp.example");
        assertThat(browser.find(By.id("mailboxes")).getText()).contains("hscp", "Processed", "Quarantine");
        assertThat(browser.find(By.id("agencies")).getText()).contains("POLICE",
                "Hampshire and Isle of Wight Constabulary", "hampshire.police.uk");
        assertThat(browser.find(By.id("agencies")).getText()).contains("nhs.net, *.nhs.net");
        // the tests run on the embedded defaults: sender authentication off, said in red
        WebElement off = browser.find(By.cssSelector("#sender-authentication-off .govuk-warning-text__text"));
        assertThat(off.getText()).contains("Sender authentication is off", "hscp.intake.sender-authentication.mode");
        assertThat(off.getCssValue("color")).isEqualTo("rgba(212, 53, 28, 1)");
        assertThat(browser.find(By.id("sender-authentication")).getText()).contains("Off", "hscp@hants.gov.uk",
                "At most " + intake.repliesPerSenderPerHour() + " an hour");
        mailboxes.mailboxes().stream().map(MailboxesProperties.Mailbox::password)
                .filter(p -> p != null && !p.isBlank())
                .forEach(password -> assertThat(browser.driver().getPageSource()).doesNotContain(password));
        browser.screenshot("settings");
    }

    @Test
    void anAuditorReadsTheTrailNewestFirstAndNarrowsItToOneSubject() {
        Instant now = clock.instant();
        TestCases.insertCase(jdbc, "HSCP-2026-0301", "Child C", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "anna.kowalska@hampshire.police.uk", now);
        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/meetings/new");
        browser.driver().executeScript("arguments[0].value = '2026-12-10'", browser.find(By.id("meetsOn")));
        browser.follow(By.id("save-meeting"));
        browser.await(d -> browser.path().matches("/meetings/\\d+"));
        SessionHttp.get(browser, port, "/deliveries.csv?caseReference=HSCP-2026-0301");
        browser.signOut();

        browser.signIn("auditor", StaffLogins.PASSWORD);
        browser.open("/audit");
        assertThat(browser.heading()).isEqualTo("Audit trail");
        List<WebElement> rows = browser.findAll(By.cssSelector("#entries tbody tr"));
        // newest first: the auditor's own sign-in and first page (the delivery log), the team's sign-out, export,
        // meeting and sign-in
        assertThat(rows).extracting(r -> r.getAttribute("data-action")).containsExactly("VIEW_DELIVERIES", "SIGN_IN",
                "SIGN_OUT", "EXPORT_DELIVERIES", "CHANGE_MEETING", "SIGN_IN");
        assertThat(rows.get(3).getText()).contains("team", "EXPORT DELIVERIES", "HSCP-2026-0301", "0 deliveries");
        browser.screenshot("audit");

        browser.find(By.id("subject")).sendKeys("HSCP-2026-0301");
        browser.follow(By.id("apply-filter"));
        browser.await(d -> browser.path().contains("subject="));
        assertThat(browser.findAll(By.cssSelector("#entries tbody tr"))).extracting(r -> r.getAttribute("data-action"))
                .containsExactly("EXPORT_DELIVERIES");
        browser.follow(By.linkText("Show every entry"));
        browser.await(d -> browser.path().equals("/audit"));
        assertThat(browser.findAll(By.cssSelector("#entries tbody tr"))).hasSize(6);
    }
}
