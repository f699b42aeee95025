package uk.org.hscp.notifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.deliverylog.DeliveryCsv;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Browser;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;

/** The delivery log in a real browser: filter, open one delivery, export the same filters as CSV; auditors' access. */
@ServiceTest
class DeliveryLogBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;

    Browser browser;
    long caseA;
    long sentToPanel;
    long refusedByPolice;
    long bounced;
    long retrying;

    @BeforeEach
    void start() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        StaffLogins.ensure(users, encoder, "auditor", StaffRole.AUDITOR, Optional.empty());
        Instant now = clock.instant();
        caseA = TestCases.insertCase(jdbc, "HSCP-2026-0101", "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", now);
        long caseB = TestCases.insertCase(jdbc, "HSCP-2026-0102", "Child B", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "anna.kowalska@hampshire.police.uk", now);
        sentToPanel = insertDelivery(caseA, "DECISION_NOTICE", "Mailbox.NationalReviewPanel@education.gov.uk",
                "NATIONAL_PANEL", "SENT", "250 2.0.0 OK queued", now.minus(Duration.ofHours(3)));
        refusedByPolice = insertDelivery(caseA, "SUMMARY_OF_INVOLVEMENT_REQUEST", "lig.police@hscp.example",
                "LIG_MEMBER_AGENCIES:POLICE", "PERMANENT_FAILURE", "550 5.1.1 <lig.police@hscp.example>: mailbox unknown",
                now.minus(Duration.ofHours(2)));
        bounced = insertDelivery(caseA, "SUMMARY_OF_INVOLVEMENT_REQUEST", "lig.icb@hscp.example",
                "LIG_MEMBER_AGENCIES:ICB", "BOUNCED", "250 2.0.0 OK queued", now.minus(Duration.ofHours(1)));
        retrying = insertDelivery(caseB, "REFERRAL_ACKNOWLEDGEMENT", "anna.kowalska@hampshire.police.uk", "SENDER",
                "TEMPORARY_FAILURE", "421 4.3.2 try again later", now.minus(Duration.ofMinutes(30)));
        insertDelivery(caseB, "DECISION_NOTICE", "SCR.SIN@ofsted.gov.uk", "OFSTED", "SENT", "250 OK",
                now.minus(Duration.ofMinutes(20)));
        browser = new Browser(port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theTeamFiltersFailuresOfOneCaseOpensOneAndDownloadsTheSameFiltersAsCsv() {
        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/deliveries?status=FAILED"); // the Today page's link
        assertThat(rowIds()).containsExactly(retrying, bounced, refusedByPolice);
        assertThat(browser.findAll(By.cssSelector("#deliveries tbody tr"))).extracting(r -> r.getAttribute("data-status"))
                .containsExactly("TEMPORARY_FAILURE", "BOUNCED", "PERMANENT_FAILURE");

        browser.find(By.id("caseReference")).sendKeys("HSCP-2026-0101");
        assertThat(new Select(browser.find(By.id("status"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("FAILED");
        browser.follow(By.id("apply-filters"));
        browser.await(d -> browser.path().contains("caseReference=HSCP-2026-0101"));
        assertThat(browser.path()).contains("status=FAILED");
        assertThat(rowIds()).containsExactly(bounced, refusedByPolice);
        assertThat(row(refusedByPolice).getText()).contains("HSCP-2026-0101", "Request for a summary of involvement",
                "lig.police@hscp.example", "LIG member agency: Hampshire and Isle of Wight Constabulary", "PERMANENT FAILURE");
        browser.screenshot("delivery-log");

        String csvLink = browser.find(By.id("download-csv")).getAttribute("href");
        var csv = SessionHttp.get(browser, port, csvLink.substring(csvLink.indexOf("/deliveries.csv")));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"deliveries.csv\"");
        List<List<String>> rows = parseCsv(new String(csv.body(), StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(DeliveryCsv.COLUMNS);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactly(Long.toString(bounced), Long.toString(refusedByPolice));
        assertThat(rows.get(2)).contains("HSCP-2026-0101", "PERMANENT_FAILURE",
                "550 5.1.1 <lig.police@hscp.example>: mailbox unknown", "Case HSCP-2026-0101, Child A: please send your summary.");

        browser.follow(row(refusedByPolice).findElement(By.tagName("a")));
        browser.await(d -> browser.heading().equals("Delivery " + refusedByPolice));
        assertThat(browser.driver().getTitle()).doesNotContain("Kai", "Fairbrother");
        assertThat(browser.find(By.id("smtp-reply")).getText()).contains("550 5.1.1");
        assertThat(browser.find(By.id("message-id")).getText()).isEqualTo("<delivery-" + refusedByPolice + "@hscp.test>");
        assertThat(browser.find(By.id("sha256")).getText()).hasSize(64);
        assertThat(browser.find(By.id("body")).getText()).isEqualTo("Case HSCP-2026-0101, Child A: please send your summary.");
        assertThat(browser.findAll(By.cssSelector("#history tbody tr"))).extracting(WebElement::getText)
                .satisfiesExactly(
                        queued -> assertThat(queued).contains("QUEUED"),
                        sending -> assertThat(sending).contains("SENDING"),
                        last -> assertThat(last).contains("PERMANENT FAILURE", "550 5.1.1"));
        browser.screenshot("delivery");

        assertThat(auditActions()).contains("EXPORT_DELIVERIES", "VIEW_DELIVERY");
    }

    @Test
    void datesTheWrongWayRoundAreAnErrorLinkedToTheField() {
        browser.signIn("team", StaffLogins.PASSWORD);
        browser.open("/deliveries?from=2026-11-23&to=2026-11-01&role=OFSTED");

        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        var link = browser.find(By.cssSelector(".govuk-error-summary a"));
        assertThat(link.getText()).isEqualTo("The ‘to’ date must be the same as or after the ‘from’ date");
        assertThat(link.getAttribute("href")).endsWith("#to");
        assertThat(browser.find(By.id("to-error")).getText()).contains("must be the same as or after");
        assertThat(browser.findAll(By.id("deliveries"))).isEmpty();

        browser.open("/deliveries?role=OFSTED&from=2026-11-23&to=2026-11-23");
        assertThat(browser.findAll(By.cssSelector("#deliveries tbody tr"))).hasSize(1);
    }

    @Test
    void anAuditorReadsTheDeliveryLogButNotTheQuarantineOrTheSettings() {
        browser.signIn("auditor", StaffLogins.PASSWORD);
        browser.open("/deliveries?caseReference=HSCP-2026-0101");
        assertThat(browser.heading()).isEqualTo("Delivery log");
        assertThat(rowIds()).containsExactly(bounced, refusedByPolice, sentToPanel);
        assertThat(SessionHttp.get(browser, port, "/deliveries.csv?status=SENT").statusCode()).isEqualTo(200);
        assertThat(SessionHttp.get(browser, port, "/deliveries/" + sentToPanel).statusCode()).isEqualTo(200);
        assertThat(SessionHttp.get(browser, port, "/audit").statusCode()).isNotEqualTo(403);
        for (String page : List.of("/quarantine", "/quarantine/1", "/settings", "/meetings")) {
            assertThat(SessionHttp.get(browser, port, page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(browser.findAll(By.linkText("Quarantine"))).isEmpty();
        assertThat(browser.findAll(By.linkText("Settings"))).isEmpty();
    }

    private List<Long> rowIds() {
        return browser.findAll(By.cssSelector("#deliveries tbody tr")).stream()
                .map(r -> Long.parseLong(r.getAttribute("data-delivery-id"))).toList();
    }

    private WebElement row(long id) {
        return browser.find(By.cssSelector("#deliveries tr[data-delivery-id='" + id + "']"));
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_event ORDER BY id").query(String.class).list();
    }

    /** A delivery as dispatch leaves it, with its history; none is due for an attempt, so the relay leaves it alone. */
    private long insertDelivery(long caseId, String kind, String recipient, String role, String status, String reply,
            Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice (kind, case_id, status, created_at) VALUES (:kind, :caseId, 'PLANNED', :at)")
                .param("kind", kind).param("caseId", caseId).param("at", Timestamps.utc(createdAt)).update(keys, "id");
        long noticeId = keys.getKey().longValue();
        var deliveryKeys = new GeneratedKeyHolder();
        String reference = jdbc.sql("SELECT reference FROM review_case WHERE id = :id").param("id", caseId)
                .query(String.class).single();
        boolean sent = !status.equals("TEMPORARY_FAILURE") && !status.equals("PERMANENT_FAILURE");
        jdbc.sql("""
                INSERT INTO delivery (notice_id, notice_kind, case_id, recipient, role, subject, status, attempts,
                    last_smtp_reply, message_id, sha256, body, created_at, updated_at, due_at, sent_at)
                VALUES (:notice, :kind, :caseId, :recipient, :role, :subject, :status, 1, :reply, :messageId, :sha,
                    :body, :at, :at, :due, :sentAt)""")
                .param("notice", noticeId).param("kind", kind).param("caseId", caseId).param("recipient", recipient)
                .param("role", role).param("subject", "[" + reference + "] " + kind).param("status", status)
                .param("reply", reply).param("messageId", "pending-" + noticeId)
                .param("sha", "a".repeat(64))
                .param("body", "Case " + reference + ", " + (reference.endsWith("1") ? "Child A" : "Child B")
                        + ": please send your summary.")
                .param("at", Timestamps.utc(createdAt)).param("due", Timestamps.utc(createdAt.plus(Duration.ofDays(365))))
                .param("sentAt", sent ? Timestamps.utc(createdAt.plusSeconds(5)) : null)
                .update(deliveryKeys, "id");
        long id = deliveryKeys.getKey().longValue();
        jdbc.sql("UPDATE delivery SET message_id = :m WHERE id = :id").param("m", "<delivery-" + id + "@hscp.test>")
                .param("id", id).update();
        event(id, "QUEUED", createdAt, null);
        event(id, "SENDING", createdAt.plusSeconds(2), "attempt 1");
        event(id, status, createdAt.plusSeconds(5), reply);
        return id;
    }

    private void event(long deliveryId, String status, Instant at, String detail) {
        jdbc.sql("INSERT INTO delivery_event (delivery_id, status, changed_at, detail) VALUES (:id, :s, :at, :d)")
                .param("id", deliveryId).param("s", status).param("at", Timestamps.utc(at)).param("d", detail).update();
    }

    /** RFC 4180, as the export writes it. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
