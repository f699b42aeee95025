package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.RefusingSmtpServer;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * The SMTP relay away or refusing. The service's relay settings are pointed at a GreenMail SMTP server of the
 * test's own that it stops and starts, at a port where nothing listens, or at a relay that refuses, and always
 * put back, so the service's own GreenMail keeps running for other tests.
 * Retries are due by the test clock, which the test moves: nothing sleeps.
 */
@ServiceTest
class SmtpOutageTests {

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired JavaMailSenderImpl relay;
    @Autowired RetryPolicy retryPolicy;
    @Autowired TestRestTemplate http;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    long aCase(String reference) {
        return TestCases.insertCase(jdbc, reference, "Child B", "Ada", "Quince", LocalDate.of(2015, 6, 1),
                "ref@hampshire.police.uk", clock.instant());
    }

    void request(NoticeRequest request) {
        transaction.executeWithoutResult(status -> notices.request(request));
    }

    List<DeliveryProbe.Row> awaitAttempts(long noticeId, int attempts, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> probe.ofNotice(noticeId),
                rows -> !rows.isEmpty()
                        && rows.stream().allMatch(r -> r.attempts() == attempts && r.status().equals(status)));
    }

    @Test
    void aDecisionRecordedWhileGreenMailsSmtpIsStoppedArrivesExactlyOnceAtEachMailboxWhenItIsBack() {
        long caseId = aCase("HSCP-2026-0201");
        int port = relay.getPort();
        // a GreenMail SMTP server of this test's own, so that stopping it leaves the service's mailbox running
        ServerSetup smtp = new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail relayServer = new GreenMail(smtp);
        relayServer.start();
        relay.setPort(smtp.getPort());
        long noticeId;
        try {
            relayServer.stop();
            var recorded = http.withBasicAuth("team", StaffLogins.PASSWORD).postForEntity(
                    "/api/cases/HSCP-2026-0201/events", Map.of("event", "DECISION_RECORDED", "date", "2026-11-23"),
                    String.class);
            assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            noticeId = probe.noticeId("DECISION_NOTICE", caseId, null);
            var failed = awaitAttempts(noticeId, 1, "TEMPORARY_FAILURE");
            assertThat(failed).hasSize(3).allSatisfy(r ->
                    assertThat(r.lastSmtpReply()).startsWith("No connection to the mail relay"));
            clock.advance(retryPolicy.delayAfter(1));
            awaitAttempts(noticeId, 2, "TEMPORARY_FAILURE");

            relayServer.start(); // back, on the same port
            clock.advance(retryPolicy.delayAfter(2));

            var sent = awaitAttempts(noticeId, 3, "SENT");
            assertThat(sent).extracting(DeliveryProbe.Row::role)
                    .containsExactlyInAnyOrder("NATIONAL_PANEL", "OFSTED", "DFE");
            DeliveryProbe arrivals = new DeliveryProbe(jdbc, relayServer);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                for (var row : sent) {
                    assertThat(arrivals.received(row.messageId())).as("copies of %s", row.role()).hasSize(1);
                }
            });
            for (var row : sent) {
                assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "TEMPORARY_FAILURE",
                        "SENDING", "TEMPORARY_FAILURE", "SENDING", "SENT");
                assertThat(row.lastSmtpReply()).startsWith("250");
            }
        } finally {
            relay.setPort(port);
            relayServer.stop();
        }
    }

    @Test
    void aRetryIsNotMadeBeforeItIsDue() {
        long caseId = aCase("HSCP-2026-0202");
        int port = relay.getPort();
        relay.setPort(TestSocketUtils.findAvailableTcpPort());
        long noticeId;
        try {
            request(NoticeRequest.aboutCase(NoticeKind.LCSPR_MEMBERS_LETTER, caseId, null));
            noticeId = probe.noticeId("LCSPR_MEMBERS_LETTER", caseId, null);
            awaitAttempts(noticeId, 1, "TEMPORARY_FAILURE");
        } finally {
            relay.setPort(port);
        }
        clock.advance(retryPolicy.delayAfter(1).minusSeconds(5));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(probe.ofNotice(noticeId)).singleElement().satisfies(r -> {
                    assertThat(r.attempts()).isEqualTo(1);
                    assertThat(r.status()).isEqualTo("TEMPORARY_FAILURE");
                }));

        clock.advance(Duration.ofSeconds(5));
        awaitAttempts(noticeId, 2, "SENT");
    }

    @Test
    void afterTheLastAttemptTheDeliveryFailsForGoodAndTheTeamIsAlertedOnce() {
        long caseId = aCase("HSCP-2026-0203");
        int port = relay.getPort();
        relay.setPort(TestSocketUtils.findAvailableTcpPort());
        long noticeId;
        try {
            request(NoticeRequest.aboutCase(NoticeKind.LCSPR_MEMBERS_LETTER, caseId, null));
            noticeId = probe.noticeId("LCSPR_MEMBERS_LETTER", caseId, null);
            for (int attempt = 1; attempt < retryPolicy.maxAttempts(); attempt++) {
                awaitAttempts(noticeId, attempt, "TEMPORARY_FAILURE");
                clock.advance(retryPolicy.delayAfter(attempt));
            }
            var failed = awaitAttempts(noticeId, retryPolicy.maxAttempts(), "PERMANENT_FAILURE").get(0);
            assertThat(probe.history(failed.id())).endsWith("SENDING", "PERMANENT_FAILURE");
            assertThat(probe.historyDetails(failed.id()).get(probe.historyDetails(failed.id()).size() - 1))
                    .contains("failed on every one of 10 attempts");
        } finally {
            relay.setPort(port);
        }
        long alertId = probe.noticeId("DELIVERY_FAILURE_ALERT", caseId, null);
        clock.advance(retryPolicy.delayAfter(1)); // the alert itself met the outage once

        var alert = probe.awaitAll(alertId, "SENT");
        assertThat(alert).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo("HSCP_TEAM");
            assertThat(a.body()).contains("LCSPR_MEMBERS_LETTER to HSCP_MEMBERS").contains("failed on every one of 10");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'DELIVERY_FAILURE_ALERT'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aPermanentRefusalStopsAtOnceAndAnAlertThatIsRefusedIsNotAlertedAbout() throws Exception {
        long caseId = aCase("HSCP-2026-0204");
        int port = relay.getPort();
        try (var refusing = new RefusingSmtpServer("550 5.1.1 <nobody@ofsted.gov.uk>: Recipient address rejected")) {
            relay.setPort(refusing.port());
            try {
                request(NoticeRequest.aboutCase(NoticeKind.LAC_DEATH_NOTICE, caseId, null));
                long noticeId = probe.noticeId("LAC_DEATH_NOTICE", caseId, null);

                var failed = awaitAttempts(noticeId, 1, "PERMANENT_FAILURE");
                assertThat(failed).hasSize(2).allSatisfy(r -> {
                    assertThat(r.lastSmtpReply()).startsWith("550 5.1.1");
                    assertThat(probe.history(r.id())).containsExactly("QUEUED", "SENDING", "PERMANENT_FAILURE");
                });
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM delivery WHERE notice_kind = 'DELIVERY_FAILURE_ALERT' AND status = 'PERMANENT_FAILURE'")
                        .query(Integer.class).single()).isEqualTo(2));
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'DELIVERY_FAILURE_ALERT'")
                                .query(Integer.class).single()).isEqualTo(2)); // one per failed notice, none about alerts
            } finally {
                relay.setPort(port);
            }
        }
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLater() throws Exception {
        long caseId = aCase("HSCP-2026-0205");
        int port = relay.getPort();
        long noticeId;
        try (var busy = new RefusingSmtpServer("451 4.3.0 Mail server temporarily rejected message")) {
            relay.setPort(busy.port());
            try {
                request(NoticeRequest.aboutCase(NoticeKind.LCSPR_MEMBERS_LETTER, caseId, null));
                noticeId = probe.noticeId("LCSPR_MEMBERS_LETTER", caseId, null);
                var failed = awaitAttempts(noticeId, 1, "TEMPORARY_FAILURE");
                assertThat(failed.get(0).lastSmtpReply()).startsWith("451 4.3.0");
            } finally {
                relay.setPort(port);
            }
        }
        clock.advance(retryPolicy.delayAfter(1));
        awaitAttempts(noticeId, 2, "SENT");
    }
}
