package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/** Replies go first, but a flood of them holds back a statutory notice by less than a minute. */
@ServiceTest
class DispatchFloodTests {

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired CamelContext camel;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    @Test
    void aDecisionNoticeWaitingBehindAFloodOfRepliesGoesAheadOfThemOnceItHasWaited45Seconds() throws Exception {
        camel.getRouteController().stopRoute("dispatch-send"); // the senders are busy: everything waits on the queue
        long decision;
        try {
            request(NoticeRequest.aboutCase(NoticeKind.DECISION_NOTICE, aCase("HSCP-2026-0300"), null));
            decision = probe.noticeId("DECISION_NOTICE", null, null);
            awaitQueued(3);
            clock.advance(Duration.ofSeconds(30));
            for (int i = 1; i <= 30; i++) { // a flood of e-mails, each acknowledged: replies, priority 7
                request(NoticeRequest.aboutCase(NoticeKind.REFERRAL_ACKNOWLEDGEMENT, aCase("HSCP-2026-03" + (10 + i)),
                        null));
            }
            awaitQueued(33);
            clock.advance(Duration.ofSeconds(20)); // the decision notice has waited 50 s, the replies 20 s
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM delivery WHERE notice_kind = 'DECISION_NOTICE' AND published_at = :now""")
                    .param("now", uk.org.hscp.notifier.platform.Timestamps.utc(clock.instant()))
                    .query(Integer.class).single() == 3);
        } finally {
            camel.getRouteController().startRoute("dispatch-send");
        }
        probe.awaitAll(decision, "SENT");

        List<String> taken = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                SELECT d.notice_kind FROM delivery_event e JOIN delivery d ON d.id = e.delivery_id
                WHERE e.status = 'SENDING' ORDER BY e.id""").query(String.class).list(), all -> all.size() == 33);
        // two consumers, each may hold one message taken before the boost: the three are among the first five
        assertThat(taken.subList(0, 5)).filteredOn("DECISION_NOTICE"::equals).hasSize(3);
    }

    private void awaitQueued(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM delivery WHERE status = 'QUEUED' AND published_at IS NOT NULL")
                .query(Integer.class).single() == count);
    }

    private long aCase(String reference) {
        return TestCases.insertCase(jdbc, reference, "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", clock.instant());
    }

    private void request(NoticeRequest request) {
        transaction.executeWithoutResult(status -> notices.request(request));
    }
}
