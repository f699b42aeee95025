package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.dispatch.PersonalDataCanaryTests;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The Reports page in a real browser, over the year of cases of {@link ReportsScenario}: each chart is an image
 * named by its title and description with its numbers in a table beside it, the page prints without the
 * service's navigation, and it is reached from the navigation. Screenshots for the README.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTests {

    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TestRestTemplate http;
    @Autowired Scheduler quartz;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @LocalServerPort int port;

    ReportsScenario scenario;
    Browser browser;

    @BeforeAll
    void aYearOfCases() throws Exception {
        StaffLogins.ensure(users, encoder, ReportsScenario.TEAM, StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, ReportsScenario.AUDITOR, StaffRole.AUDITOR, Optional.empty());
        scenario = new ReportsScenario(jdbc, mailbox, clock, http, quartz);
        scenario.build();
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (scenario != null) {
            scenario.tearDown();
        }
    }

    @BeforeEach
    void start() {
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void eachChartHasItsTitleDescriptionAndDataTable() {
        browser.signIn(ReportsScenario.AUDITOR, StaffLogins.PASSWORD);
        browser.follow(By.linkText("Reports"));
        browser.await(d -> browser.path().startsWith("/reports"));
        assertThat(browser.heading()).isEqualTo("Reports: reporting year 2027/28"); // 4 May 2027: the current year

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("year"))).selectByVisibleText("2026/27");
        browser.follow(By.id("show-year"));
        browser.await(d -> browser.path().equals("/reports?year=2026"));
        assertThat(browser.heading()).isEqualTo("Reports: reporting year 2026/27");

        Map<String, String> chartAndTable = Map.of("annual-chart", "annual-table", "timeliness-chart", "timeliness-table");
        for (var entry : chartAndTable.entrySet()) {
            WebElement chart = browser.find(By.id(entry.getKey()));
            assertThat(chart.getTagName()).isEqualTo("svg");
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-labelledby")).isEqualTo(entry.getKey() + "-title " + entry.getKey() + "-desc");
            assertThat(text(By.cssSelector("#" + entry.getKey() + " > title"))).isNotBlank();
            assertThat(text(By.cssSelector("#" + entry.getKey() + " > desc"))).isNotBlank();
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.getSize().getHeight()).isGreaterThan(150);
            // the table with the same numbers, in the same section
            WebElement section = chart.findElement(By.xpath("ancestor::section"));
            assertThat(section.findElements(By.id(entry.getValue()))).hasSize(1);
        }
        assertThat(text(By.cssSelector("#annual-chart > title"))).isEqualTo("Referrals and outcomes per reporting year");
        assertThat(text(By.cssSelector("#annual-chart > desc"))).contains(
                "2025/26: 3 referrals, 1 no further action (including 0 rapid reviews), 1 MAR or single agency reviews, 1 LCSPRs",
                "2026/27: 3 referrals, 1 no further action (including 1 rapid reviews), 0 MAR or single agency reviews, 1 LCSPRs, 1 awaiting a decision");
        assertThat(text(By.cssSelector("#timeliness-chart > title"))).isEqualTo("Statutory timescales kept, reporting year 2026/27");
        assertThat(text(By.cssSelector("#timeliness-chart > desc"))).contains(
                "LIG member agency returns its Referral Response Form (summary of involvement): 14 due, 4 met on time, 1 met late, 9 missed, 0 still open",
                "Final report completed and published: 2 due, 0 met on time, 1 met late, 1 missed, 0 still open");
        // one bar per timescale with something to show: 11 of them in 2026/27
        assertThat(browser.findAll(By.cssSelector("#timeliness-chart g.app-chart__bar"))).hasSize(11);
        assertThat(browser.find(By.id("annual-table")).getText()).contains("2026/27 3 1 (including 1 Rapid Review) NA 0 1 1");
        assertThat(browser.find(By.cssSelector("#agencies-table tr[data-agency='ICB']")).getText()).isEqualTo("ICB 2 1 12 2");
        assertThat(browser.find(By.cssSelector("#notices-table tr[data-kind='DECISION_NOTICE'][data-role='OFSTED']"))
                .getText()).isEqualTo("DECISION NOTICE OFSTED 3 2 0 1 0 0");
        for (String table : List.of("annual", "timeliness", "agencies", "notices")) {
            assertThat(browser.find(By.id(table + "-csv")).getAttribute("href")).endsWith("/reports/" + table + ".csv?year=2026");
        }
        assertThat(PersonalDataCanaryTests.canary().findIn("the page as shown", browser.text())).isEmpty();

        browser.screenshot("reports");
        scrollTo("timeliness");
        browser.screenshot("reports-timeliness");
        scrollTo("agencies");
        browser.screenshot("reports-agencies");
    }

    @Test
    void thePagePrintsWithoutTheServicesNavigationOrForms() {
        browser.signIn(ReportsScenario.TEAM, StaffLogins.PASSWORD).open("/reports?year=2026");
        assertThat(browser.find(By.id("navigation")).isDisplayed()).isTrue();

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(browser.find(By.id("navigation")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("period")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("annual-csv")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("annual-chart")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("timeliness-table")).isDisplayed()).isTrue();
        browser.screenshot("reports-print");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void aDateRangeIsChosenOnThePage() {
        browser.signIn(ReportsScenario.TEAM, StaffLogins.PASSWORD).open("/reports?year=2026");
        browser.driver().executeScript("document.getElementById('from').value = '2026-05-01';"
                + "document.getElementById('to').value = '2026-05-31';");
        browser.follow(By.id("show-range"));
        browser.await(d -> browser.path().startsWith("/reports?from=2026-05-01"));

        assertThat(browser.heading()).isEqualTo("Reports: 2026-05-01 to 2026-05-31");
        assertThat(browser.find(By.cssSelector("#timeliness-table tr[data-timescale='RAPID_REVIEW']")).getText())
                .endsWith("1 0 1 0 0 7 7");
        assertThat(browser.find(By.id("notices-csv")).getAttribute("href"))
                .endsWith("/reports/notices.csv?from=2026-05-01&to=2026-05-31");

        browser.driver().executeScript("document.getElementById('from').value = '2026-05-01';"
                + "document.getElementById('to').value = '';");
        browser.follow(By.id("show-range"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter both dates of the range, or choose a reporting year");
    }

    private String text(By by) {
        return browser.find(by).getAttribute("textContent");
    }

    private void scrollTo(String id) {
        browser.driver().executeScript("arguments[0].scrollIntoView(true);", browser.find(By.id(id)));
    }
}
