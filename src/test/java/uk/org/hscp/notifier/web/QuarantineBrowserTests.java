package uk.org.hscp.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.QuarantineReason;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;

/** The quarantine in a real browser: look at a held e-mail, release it, discard it, download it. */
@ServiceTest
class QuarantineBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;

    Browser browser;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        browser = new Browser(port);
        browser.signIn("team", StaffLogins.PASSWORD);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void aResponseNamingACaseNotYetOpenIsReleasedOnceTheCaseIsOpenAndAcceptedOntoIt() {
        // a summary of involvement that arrived before its case was opened
        EmailJournal.Entry held = awaitDecided(mailbox.deliver(TestMailbox.sample("good/response-101-00.eml")));
        assertThat(held.reason()).isEqualTo(QuarantineReason.NO_MATCHING_CASE);

        browser.open("/quarantine");
        assertThat(browser.heading()).isEqualTo("Quarantine");
        var row = browser.find(By.cssSelector("#emails tr[data-email-id='" + held.id() + "']"));
        assertThat(row.getText()).contains("helen.bracewell@southernhealth.nhs.uk",
                "RE: [HSCP-2026-0005] Summary of involvement request", "NO_MATCHING_CASE");
        browser.screenshot("quarantine");

        browser.follow(row.findElement(By.tagName("a")));
        browser.await(d -> browser.path().equals("/quarantine/" + held.id()));
        assertThat(browser.driver().getTitle()).isEqualTo("E-mail " + held.id() + " – Quarantine – Safeguarding Review Notifier");
        assertThat(browser.find(By.id("reason-code")).getText()).isEqualTo("NO_MATCHING_CASE");
        assertThat(browser.find(By.id("detail")).getText()).contains("No case matches");
        assertThat(browser.find(By.id("attachments")).getText()).contains("response-101-00.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "KB");
        browser.screenshot("quarantine-email");

        // the cause is fixed: the case it names is opened
        TestCases.insertCase(jdbc, "HSCP-2026-0005", "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", clock.instant());
        browser.follow(By.id("release"));
        assertThat(browser.find(By.id("review-result")).getText()).containsAnyOf("Released and accepted",
                "its forms are being read");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            browser.open("/quarantine/" + held.id());
            assertThat(browser.find(By.id("outcome")).getText()).isEqualTo("ACCEPTED");
        });
        assertThat(browser.find(By.id("case")).getText()).contains("HSCP-2026-0005", "LIG_REFERRAL_RESPONSE");
        assertThat(browser.find(By.id("review")).getText()).startsWith("Released by team");
        assertThat(browser.findAll(By.id("release"))).isEmpty();

        browser.open("/quarantine");
        assertThat(browser.find(By.id("no-emails")).getText()).isEqualTo("No e-mail is waiting for review.");
        browser.follow(By.id("show-reviewed"));
        browser.await(d -> browser.path().contains("reviewed=true"));
        assertThat(browser.find(By.cssSelector("#emails tr[data-email-id='" + held.id() + "']")).getText())
                .contains("ACCEPTED", "Released", "team");
        assertThat(auditActions(held.id())).contains("VIEW_EMAIL", "RELEASE_EMAIL");
    }

    @Test
    void anUnknownSenderReleasedWithoutAFixIsQuarantinedAgainAndWaitsForReviewAgain() {
        EmailJournal.Entry held = awaitDecided(mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml")));
        assertThat(held.reason()).isEqualTo(QuarantineReason.UNKNOWN_SENDER);

        browser.open("/quarantine/" + held.id());
        browser.follow(By.id("release"));

        assertThat(browser.find(By.id("review-result")).getText()).contains("quarantined again: UNKNOWN_SENDER");
        assertThat(browser.find(By.id("outcome")).getText()).isEqualTo("QUARANTINED");
        assertThat(browser.find(By.id("review")).getText()).startsWith("Released, then quarantined again by team");
        assertThat(browser.findAll(By.id("release"))).hasSize(1);
        browser.open("/quarantine");
        assertThat(browser.findAll(By.cssSelector("#emails tr[data-email-id='" + held.id() + "']"))).hasSize(1);
    }

    @Test
    void discardingNeedsAReasonAndKeepsTheEmailWhichCanStillBeDownloaded() {
        EmailJournal.Entry held = awaitDecided(mailbox.deliver(TestMailbox.sample("bad/forgot-attachment.eml")));
        browser.open("/quarantine/" + held.id());
        assertThat(browser.find(By.id("no-attachments")).getText()).isEqualTo("None found.");
        assertThat(browser.find(By.id("body")).getText()).isNotBlank();

        browser.follow(By.id("discard"));
        var summaryLink = browser.find(By.cssSelector(".govuk-error-summary a"));
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(summaryLink.getText()).isEqualTo("Enter why the e-mail is discarded");
        assertThat(summaryLink.getAttribute("href")).endsWith("#reason");
        assertThat(browser.find(By.id("reason-error")).getText()).contains("Enter why the e-mail is discarded");
        summaryLink.click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("reason");

        browser.find(By.id("reason")).sendKeys("Sent to us by mistake; the sender was told by phone.");
        browser.follow(By.id("discard"));
        assertThat(browser.find(By.id("review-result")).getText()).contains("discarded");
        assertThat(browser.find(By.id("review-note")).getText()).isEqualTo("Sent to us by mistake; the sender was told by phone.");
        assertThat(browser.findAll(By.id("discard"))).isEmpty();

        var download = SessionHttp.get(browser, port, "/quarantine/" + held.id() + "/email.eml");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"email-" + held.id() + ".eml\"");
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains(held.messageId());

        browser.open("/quarantine?reviewed=true");
        assertThat(browser.find(By.cssSelector("#emails tr[data-email-id='" + held.id() + "']")).getText())
                .contains("Discarded");
        assertThat(journal.find(held.id()).orElseThrow().reviewStatus()).isEqualTo(EmailJournal.ReviewStatus.DISCARDED);
        assertThat(auditActions(held.id())).contains("VIEW_EMAIL", "DISCARD_EMAIL", "DOWNLOAD_EMAIL");
    }

    private List<String> auditActions(long emailId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject = :s ORDER BY id")
                .param("s", "email:" + emailId).query(String.class).list();
    }

    private EmailJournal.Entry awaitDecided(String messageId) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> journal.newestFirst(Optional.empty(), 50).stream()
                        .filter(e -> e.messageId().equals(messageId) && e.outcome() != IntakeOutcome.PENDING)
                        .findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
