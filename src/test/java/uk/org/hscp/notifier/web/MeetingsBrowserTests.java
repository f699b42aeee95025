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
import org.springframework.boot.test.web.server.LocalServerPort;
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

/** LIG meetings in a real browser: add one (open cases checked against it), record attendance and see the quorum. */
@ServiceTest
class MeetingsBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "police-lig", StaffRole.LIG_MEMBER, Optional.of("POLICE"));
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void aMeetingAfterARapidReviewIsDueAsksForAnExtraordinaryMeetingAndAttendanceDecidesTheQuorum() {
        Instant now = clock.instant();
        long caseId = TestCases.insertCase(jdbc, "HSCP-2026-0201", "Child A", "Kai", "Fairbrother",
                LocalDate.of(2017, 1, 17), "anna.kowalska@hampshire.police.uk", now);
        TestCases.insertDeadline(jdbc, caseId, "RAPID_REVIEW", "Rapid review completed", "8.2.1", "HSCP_TEAM", null,
                LocalDate.of(2026, 12, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), now);

        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/meetings");
        assertThat(browser.find(By.id("no-upcoming")).getText()).isEqualTo("No meeting is planned.");
        browser.follow(By.id("add-meeting"));

        browser.follow(By.id("save-meeting"));
        var summaryLinks = browser.findAll(By.cssSelector(".govuk-error-summary a"));
        assertThat(summaryLinks).extracting(l -> l.getText()).containsExactly("Enter the date of the meeting");
        assertThat(summaryLinks.get(0).getAttribute("href")).endsWith("#meetsOn");

        browser.driver().executeScript("arguments[0].value = '2026-12-10'", browser.find(By.id("meetsOn")));
        browser.find(By.id("notes")).sendKeys("Room 2, Elizabeth II Court");
        browser.follow(By.id("save-meeting"));
        assertThat(browser.find(By.id("saved")).getText()).contains("The meeting is added");
        assertThat(browser.heading()).isEqualTo("Thursday 10 December 2026");
        assertThat(browser.find(By.id("quorum")).getText()).isEqualTo("Attendance not recorded");
        // the next meeting is after the rapid review is due: an extraordinary meeting is needed
        assertThat(timescales(caseId)).contains("EXTRAORDINARY_MEETING");

        browser.find(By.id("present-CHILDRENS_SERVICES")).click();
        browser.find(By.id("present-POLICE")).click();
        browser.find(By.id("present-EDUCATION")).click();
        browser.follow(By.id("record-attendance"));
        browser.await(d -> browser.find(By.id("quorum")).getText().equals("Not quorate"));
        assertThat(browser.find(By.id("quorum-missing")).getText()).isEqualTo("Not present: ICB.");
        assertThat(browser.find(By.id("present-POLICE")).isSelected()).isTrue();

        browser.find(By.id("present-ICB")).click();
        browser.follow(By.id("record-attendance"));
        browser.await(d -> browser.find(By.id("quorum")).getText().equals("Quorate"));

        browser.follow(By.id("change-meeting"));
        browser.find(By.id("kind-EXTRAORDINARY")).click();
        browser.follow(By.id("save-meeting"));
        browser.await(d -> browser.find(By.id("saved")).getText().contains("The meeting is changed"));

        browser.open("/meetings");
        var row = browser.find(By.cssSelector("#upcoming tbody tr"));
        assertThat(row.getText()).contains("Thursday 10 December 2026", "Extraordinary", "Quorate", "Room 2");
        browser.screenshot("meetings");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE action NOT IN ('SIGN_IN', 'SIGN_OUT') ORDER BY id")
                .query(String.class).list())
                .containsExactly("CHANGE_MEETING", "RECORD_ATTENDANCE", "RECORD_ATTENDANCE", "CHANGE_MEETING");
    }

    @Test
    void aLigMemberSeesMeetingsAndTheirQuorumButCannotChangeThem() {
        jdbc.sql("INSERT INTO lig_meeting (meets_on, kind, created_at, updated_at) VALUES ('2026-11-12', 'SCHEDULED', NOW(), NOW())")
                .update();
        browser.signIn("police-lig", StaffLogins.PASSWORD);
        browser.open("/meetings");
        assertThat(browser.find(By.id("no-upcoming")).getText()).isEqualTo("No meeting is planned.");
        assertThat(browser.find(By.cssSelector("#past tbody tr")).getText()).contains("Thursday 12 November 2026",
                "Scheduled", "Attendance not recorded");
        assertThat(browser.findAll(By.id("add-meeting"))).isEmpty();
        browser.follow(By.cssSelector("#past tbody tr a"));
        browser.await(d -> browser.path().matches("/meetings/\\d+"));
        assertThat(browser.findAll(By.id("attendance-form"))).isEmpty();
        assertThat(browser.findAll(By.id("change-meeting"))).isEmpty();
        assertThat(SessionHttp.get(browser, port, "/meetings/new").statusCode()).isEqualTo(403);
    }

    private List<String> timescales(long caseId) {
        return jdbc.sql("SELECT timescale_id FROM deadline WHERE case_id = :id").param("id", caseId)
                .query(String.class).list();
    }
}
