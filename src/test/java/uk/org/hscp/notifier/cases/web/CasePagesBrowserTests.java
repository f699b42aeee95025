package uk.org.hscp.notifier.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;

/** The case pages in a real browser: find a case, read it, record what happened, and who may do which. */
@ServiceTest
class CasePagesBrowserTests {

    /** The child of the sample referral (referral-101-00): on the case page, nowhere else. */
    static final List<String> IDENTITY = List.of("Kai", "Fairbrother");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
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
    void theTeamFindsACaseByTheChildsNameRecordsTheDecisionAndSeesItsDeadlines() {
        String reference = caseFromTheSampleReferral();
        browser.signIn("team", StaffLogins.PASSWORD);

        browser.open("/cases");
        assertThat(browser.find(By.id("cases")).getText()).contains(reference, "Child A");
        browser.find(By.id("text")).sendKeys("kai fairbrother");
        browser.follow(By.id("search-button"));
        browser.await(d -> browser.path().equals("/cases/search"));
        assertThat(browser.find(By.id("cases-heading")).getText()).isEqualTo("1 case found");
        assertThat(browser.find(By.id("cases")).getText()).contains(reference).doesNotContain(IDENTITY);
        browser.screenshot("cases");

        browser.follow(By.linkText(reference));
        browser.await(d -> browser.path().equals("/cases/" + reference));
        assertThat(browser.heading()).contains(reference, "Child A");
        assertThat(browser.find(By.id("child-name")).getText()).isEqualTo("Kai Fairbrother");
        assertThat(browser.find(By.id("deadlines")).getText()).contains("summary of involvement) (POLICE)");
        assertThat(browser.find(By.id("timeline")).getText()).contains("Case opened", "intake");
        assertThat(browser.find(By.id("forms")).getText()).contains("LIG_REFERRAL", "anna.kowalska@hampshire.police.uk");
        assertNoIdentityInTitleOrUrl();
        browser.screenshot("case");

        browser.follow(By.id("record-DECISION_RECORDED"));
        browser.await(d -> browser.path().startsWith("/cases/" + reference + "/events/new"));
        browser.find(By.id("date-day")).sendKeys("20");
        browser.find(By.id("date-month")).sendKeys("11");
        browser.find(By.id("date-year")).sendKeys("2026");
        browser.find(By.id("decision")).click();
        browser.find(By.id("methodologyLevel-4")).click();
        browser.screenshot("record-decision");
        browser.follow(By.id("save"));

        browser.await(d -> browser.path().equals("/cases/" + reference));
        String banner = browser.find(By.id("recorded")).getText();
        assertThat(banner).contains("Decision on a local review recorded: Friday 20 November 2026",
                "Created: Panel, Ofsted and DfE told whether a local review is being commissioned",
                "Met: Panel, Ofsted and DfE told",
                "Created: Letter of notification to HSCP members",
                "Created: Final report completed and published", "due Thursday 20 May 2027");
        assertThat(deadline("DECISION_TO_PANEL").getAttribute("data-status")).isEqualTo("MET");
        assertThat(deadline("LCSPR_MEMBERS_LETTER").getAttribute("data-status")).isEqualTo("MET");
        assertThat(deadline("FINAL_REPORT").getAttribute("data-status")).isEqualTo("OPEN");
        assertThat(deadline("FINAL_REPORT").getText()).contains("Thursday 20 May 2027", "9.12.4");
        assertThat(browser.find(By.cssSelector("#timeline tr[data-event='DECISION_RECORDED']")).getText())
                .contains("Decision: Local review", "Methodology level: 4", "team");
        assertNoIdentityInTitleOrUrl();

        assertThat(jdbc.sql("SELECT details FROM case_event WHERE event = 'DECISION_RECORDED'").query(String.class)
                .single()).isEqualTo("{\"decision\":\"LOCAL_REVIEW\",\"methodologyLevel\":\"4\"}");
        assertThat(audited(reference)).contains("VIEW_CASE", "RECORD_EVENT");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'SEARCH_CASES'").query(String.class).single())
                .startsWith("1 case(s) found; from ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE LOWER(COALESCE(detail, '') || COALESCE(subject, ''))"
                + " LIKE '%fairbrother%' OR LOWER(COALESCE(detail, '')) LIKE '%kai%'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aFormIsShownFieldByFieldWithTheEmailItCameIn() {
        String reference = caseFromTheSampleReferral();
        browser.signIn("team", StaffLogins.PASSWORD).open("/cases/" + reference);

        browser.follow(By.linkText("LIG_REFERRAL"));
        browser.await(d -> browser.path().startsWith("/cases/" + reference + "/forms/"));

        assertThat(browser.find(By.id("email")).getText())
                .contains("anna.kowalska@hampshire.police.uk", "LIG referral", "referral-101-00.docx");
        assertThat(browser.text()).contains("First name Kai", "NHS number 9995504928", "Date of birth 17 January 2017",
                "Reasons Abuse or neglect working together, Child seriously harmed");
        assertNoIdentityInTitleOrUrl();
        assertThat(audited(reference)).contains("VIEW_FORM");
    }

    @Test
    void aLigMemberReadsOnlyTheCasesTheirAgencyWasAskedAboutAndRecordsNothing() {
        String asked = caseFromTheSampleReferral();
        Instant now = clock.instant();
        long otherId = TestCases.insertCase(jdbc, "HSCP-2026-0900", "Child Z", "Ada", "Quince",
                LocalDate.of(2015, 6, 1), "ref@hampshire.police.uk", now);
        TestCases.insertDeadline(jdbc, otherId, "SUMMARY_OF_INVOLVEMENT", "LIG member agency returns its form",
                "8.2.3", "LIG_MEMBER_AGENCIES", "ICB", now.plusSeconds(86_400), now);

        browser.signIn("police-lig", StaffLogins.PASSWORD).open("/cases");
        assertThat(browser.find(By.id("cases")).getText()).contains(asked).doesNotContain("HSCP-2026-0900");
        assertThat(browser.findAll(By.id("search"))).isEmpty();

        browser.open("/cases/HSCP-2026-0900");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text()).doesNotContain("Ada", "Quince", "Child Z");
        assertThat(audited("HSCP-2026-0900")).containsExactly("DENIED");

        browser.open("/cases/" + asked);
        assertThat(browser.find(By.id("child-name")).getText()).isEqualTo("Kai Fairbrother");
        assertThat(browser.findAll(By.id("record"))).isEmpty();
        assertThat(browser.findAll(By.id("deliveries"))).isEmpty();
        assertThat(audited(asked)).contains("VIEW_CASE");

        browser.open("/cases/" + asked + "/events/new?type=DECISION_RECORDED");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        // a form put together by hand, with the session's own CSRF token, is refused as well
        browser.open("/cases/" + asked);
        browser.driver().executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                form.innerHTML = '<input name="day" value="20"><input name="month" value="11"><input name="year" value="2026">'
                        + '<input name="decision" value="LOCAL_REVIEW"><input name="methodologyLevel" value="4">';
                form.appendChild(document.querySelector('input[name=_csrf]').cloneNode());
                document.body.appendChild(form);
                form.submit();""", "/cases/" + asked + "/events?type=DECISION_RECORDED");
        browser.await(d -> browser.heading().equals("You cannot open this page"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE recorded_by = 'police-lig'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aWrongDateOrAMissingAnswerIsShownInTheErrorSummaryAndAtTheField() {
        Instant now = clock.instant();
        TestCases.insertCase(jdbc, "HSCP-2026-0042", "Child D", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "ref@hampshire.police.uk", now);
        browser.signIn("team", StaffLogins.PASSWORD).open("/cases/HSCP-2026-0042/events/new?type=DECISION_RECORDED");

        browser.find(By.id("date-day")).sendKeys("31");
        browser.find(By.id("date-month")).sendKeys("2");
        browser.find(By.id("date-year")).sendKeys("2026");
        browser.follow(By.id("save"));

        browser.await(d -> !browser.findAll(By.className("govuk-error-summary")).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains(
                "The date of the decision must be a real date",
                "Select whether a local review will be carried out",
                "Select the methodology level, from 1 to 5");
        assertThat(browser.find(By.id("date-error")).getText()).contains("must be a real date");
        assertThat(browser.find(By.id("date-day")).getAttribute("value")).isEqualTo("31");
        assertThat(browser.find(By.id("date-day")).getAttribute("class")).contains("govuk-input--error");

        browser.find(By.linkText("The date of the decision must be a real date")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("date-day");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event").query(Integer.class).single()).isZero();
    }

    @Test
    void everyEventHasItsPageAndADelayIsRecordedWithItsReasons() {
        TestCases.insertCase(jdbc, "HSCP-2026-0042", "Child D", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "ref@hampshire.police.uk", clock.instant());
        browser.signIn("team", StaffLogins.PASSWORD);
        for (RecordableEvent event : RecordableEvent.values()) {
            browser.open("/cases/HSCP-2026-0042/events/new?type=" + event.name());
            assertThat(browser.heading()).as(event.name()).isEqualTo(event.title());
            assertThat(browser.find(By.tagName("legend")).getText()).isEqualTo(event.dateQuestion());
        }

        browser.find(By.id("date-day")).sendKeys("2");
        browser.find(By.id("date-month")).sendKeys("11");
        browser.find(By.id("date-year")).sendKeys("2026");
        browser.find(By.id("panelResponse-MORE_INFORMATION_REQUESTED")).click();
        browser.follow(By.id("save"));
        browser.await(d -> browser.path().equals("/cases/HSCP-2026-0042"));
        assertThat(browser.find(By.id("recorded")).getText()).contains("National Panel response recorded",
                "No deadline changed.");

        browser.open("/cases/HSCP-2026-0042/events/new?type=PUBLICATION_DELAYED");
        browser.find(By.id("date-day")).sendKeys("2");
        browser.find(By.id("date-month")).sendKeys("11");
        browser.find(By.id("date-year")).sendKeys("2026");
        browser.find(By.id("reasons")).sendKeys("Criminal proceedings are under way.");
        browser.follow(By.id("save"));
        browser.await(d -> browser.path().equals("/cases/HSCP-2026-0042"));
        assertThat(browser.find(By.cssSelector("#timeline tr[data-event='PUBLICATION_DELAYED']")).getText())
                .contains("Publication delayed", "Reasons: Criminal proceedings are under way.");
        assertThat(browser.find(By.cssSelector("#timeline tr[data-event='PANEL_RESPONSE_RECEIVED']")).getText())
                .contains("Panel response: More information requested");
    }

    private String caseFromTheSampleReferral() {
        mailbox.deliver(TestMailbox.sample("good/referral-101-00.eml"));
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT c.reference FROM review_case c
                        WHERE EXISTS (SELECT 1 FROM case_form f WHERE f.case_id = c.id)
                          AND EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id
                                      AND d.timescale_id = 'SUMMARY_OF_INVOLVEMENT')""")
                .query(String.class).optional(), Optional::isPresent).get();
    }

    private WebElement deadline(String timescaleId) {
        return browser.find(By.cssSelector("#deadlines tr[data-timescale='" + timescaleId + "']"));
    }

    private void assertNoIdentityInTitleOrUrl() {
        assertThat(browser.driver().getTitle()).doesNotContain(IDENTITY);
        assertThat(browser.driver().getCurrentUrl()).doesNotContainIgnoringCase("kai").doesNotContainIgnoringCase("fairbrother");
    }

    private List<String> audited(String reference) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject = :s ORDER BY id").param("s", reference)
                .query(String.class).list();
    }
}
