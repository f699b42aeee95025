package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * A send is never repeated blind: when the SMTP relay accepted an e-mail but marking it SENT failed, it is
 * recorded once the database answers (not sent again by the stuck-SENDING sweep); when the instance sending it
 * stopped mid-send, another attempt (same Message-ID) follows within a minute, not after 15.
 */
@ServiceTest
class SendingRecoveryTests {

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    @Test
    void aSendWhoseSentMarkFailedIsRecordedWhenTheDatabaseAnswersAndNeverSentTwice() {
        long caseId = aCase("HSCP-2026-0201");
        jdbc.sql("CREATE TRIGGER fail_sent_mark BEFORE UPDATE ON delivery FOR EACH ROW CALL '"
                + FailingSentMark.class.getName() + "'").update();
        List<DeliveryProbe.Row> rows;
        try {
            FailingSentMark.failing = true;
            request(NoticeRequest.aboutCase(NoticeKind.DECISION_NOTICE, caseId, null));
            long noticeId = probe.noticeId("DECISION_NOTICE", caseId, null);
            // the relay accepted each e-mail; none could be marked SENT
            rows = await().atMost(Duration.ofSeconds(30)).until(() -> probe.ofNotice(noticeId),
                    found -> found.size() == 3 && found.stream().allMatch(
                            r -> r.status().equals("SENDING") && probe.received(r.messageId()).size() == 1));

            // long past the sending timeout while the database still refuses: the sweep must not send them again
            clock.advance(Duration.ofMinutes(16));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(
                    () -> rows.stream().allMatch(r -> probe.received(r.messageId()).size() == 1));
        } finally {
            FailingSentMark.failing = false;
            jdbc.sql("DROP TRIGGER IF EXISTS fail_sent_mark").update();
        }

        var sent = probe.awaitAll(rows.get(0).noticeId(), "SENT");
        assertThat(sent).allSatisfy(row -> {
            assertThat(probe.received(row.messageId())).as("copies at the relay").hasSize(1);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(probe.history(row.id())).doesNotContain("TEMPORARY_FAILURE");
        });
    }

    @Test
    void aDeliveryLeftSendingByAnInstanceThatStoppedIsSentAgainWithinAMinuteNotFifteen() {
        long caseId = aCase("HSCP-2026-0202");
        request(NoticeRequest.aboutCase(NoticeKind.EXTRAORDINARY_MEETING_ALERT, caseId, null));
        var row = probe.awaitAll(probe.noticeId("EXTRAORDINARY_MEETING_ALERT", caseId, null), "SENT").get(0);
        // as if an instance claimed it and died mid-send (killed, its machine gone): no instance answers for it
        jdbc.sql("UPDATE delivery SET status = 'SENDING', sending_since = :at WHERE id = :id")
                .param("at", Timestamps.utc(clock.instant())).param("id", row.id()).update();

        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(probe.history(row.id())).containsSubsequence("TEMPORARY_FAILURE", "SENDING", "SENT");
            assertThat(probe.received(row.messageId())).hasSize(2); // the same Message-ID: recognisable as a resend
        });
    }

    @Test
    void aDeliveryThisLiveInstanceIsSendingIsNotTakenForALostOne(@Autowired uk.org.hscp.notifier.platform.ServiceInstance me) {
        long caseId = aCase("HSCP-2026-0203");
        request(NoticeRequest.aboutCase(NoticeKind.EXTRAORDINARY_MEETING_ALERT, caseId, null));
        var row = probe.awaitAll(probe.noticeId("EXTRAORDINARY_MEETING_ALERT", caseId, null), "SENT").get(0);
        // a slow SMTP conversation of this (live) instance
        jdbc.sql("UPDATE delivery SET status = 'SENDING', sending_since = :at, sending_owner = :me WHERE id = :id")
                .param("at", Timestamps.utc(clock.instant())).param("me", me.id()).param("id", row.id()).update();

        clock.advance(Duration.ofMinutes(2));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(
                () -> probe.ofNotice(row.noticeId()).get(0).status().equals("SENDING"));
        assertThat(probe.received(row.messageId())).hasSize(1);
    }

    private long aCase(String reference) {
        return TestCases.insertCase(jdbc, reference, "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", clock.instant());
    }

    private void request(NoticeRequest request) {
        transaction.executeWithoutResult(status -> notices.request(request));
    }
}
