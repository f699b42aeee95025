package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestInfrastructure;

/**
 * With sent copies kept, an instance that stopped between the relay's "250" and the SENT mark sends nothing twice:
 * the delivery it left SENDING is found by its Message-ID among the relay's copies and marked SENT. A delivery
 * whose copy is not there (the relay never took it) is sent again. The relay is GreenMail, which files the copies
 * address's e-mail in that user's INBOX, read over IMAP as the production profile reads Dovecot's "Sent".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:service-test.properties", properties = {
        "hscp.dispatch.sent-copies.address=" + SentCopiesTests.COPIES,
        "hscp.dispatch.sent-copies.protocol=imap",
        "hscp.dispatch.sent-copies.host=localhost",
        "hscp.dispatch.sent-copies.port=${HSCP_IMAP_PORT}",
        "hscp.dispatch.sent-copies.username=" + SentCopiesTests.COPIES,
        "hscp.dispatch.sent-copies.password=" + SentCopiesTests.COPIES,
        "hscp.dispatch.sent-copies.folder=INBOX",
        // its own database: the shared context's relay must not settle this context's deliveries, nor this its
        "spring.datasource.url=jdbc:h2:mem:notifier-test-sent-copies;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.server-id=13",
        "spring.quartz.scheduler-name=notifier-test-sent-copies"})
@Import(TestInfrastructure.class)
@DirtiesContext // its relay keeps copies: closed before the other tests run
class SentCopiesTests {

    static final String COPIES = "sent-copies@hscp.test";

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail greenMail;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, greenMail);
    }

    @Test
    void aSendStoppedAfterTheRelayTookItIsMarkedSentFromItsCopyNotSentAgain() {
        var row = aSentAlert("HSCP-2026-0301");
        assertThat(probe.received(row.messageId())).as("the recipient's e-mail and the relay's copy").hasSize(2);
        leftSendingByAStoppedInstance(row);

        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.ofNotice(row.noticeId()).get(0).status().equals("SENT"));
        assertThat(probe.history(row.id())).containsSubsequence("SENDING", "SENT", "SENT").doesNotContain("TEMPORARY_FAILURE");
        assertThat(probe.historyDetails(row.id())).anyMatch(d -> d.contains("its copy is in the sent-copies folder"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> probe.received(row.messageId()).size() == 2);
    }

    @Test
    void aSendStoppedBeforeTheRelayTookItIsSentAgain() throws Exception {
        var row = aSentAlert("HSCP-2026-0302");
        // the relay never took it: no copy
        greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUser(COPIES))
                .deleteAllMessages();
        leftSendingByAStoppedInstance(row);

        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(probe.history(row.id())).containsSubsequence("TEMPORARY_FAILURE", "SENDING", "SENT");
            assertThat(probe.received(row.messageId())).hasSize(3); // the first e-mail; again, with a new copy
        });
    }

    private DeliveryProbe.Row aSentAlert(String reference) {
        long caseId = TestCases.insertCase(jdbc, reference, "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", clock.instant());
        transaction.executeWithoutResult(status -> notices.request(
                NoticeRequest.aboutCase(NoticeKind.EXTRAORDINARY_MEETING_ALERT, caseId, null)));
        var row = probe.awaitAll(probe.noticeId("EXTRAORDINARY_MEETING_ALERT", caseId, null), "SENT").get(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.received(row.messageId()).size() == 2);
        return row;
    }

    /** As if an instance claimed it again and was killed mid-send: no instance answers for it. */
    private void leftSendingByAStoppedInstance(DeliveryProbe.Row row) {
        jdbc.sql("UPDATE delivery SET status = 'SENDING', sending_since = :at, sending_owner = NULL WHERE id = :id")
                .param("at", Timestamps.utc(clock.instant())).param("id", row.id()).update();
    }
}
