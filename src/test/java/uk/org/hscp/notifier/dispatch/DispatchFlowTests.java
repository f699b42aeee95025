package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.QuarantineReason;
import uk.org.hscp.notifier.support.DeliveryStatusNotifications;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/** Notices from request to the recipient's inbox and the delivery log, as the HSCP team would check them. */
@ServiceTest
class DispatchFlowTests {

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired EmailJournal journal;
    @Autowired Recipients recipients;
    @Autowired DeliveryQueue queue;
    @Autowired CamelContext camel;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    long aCase(String reference) {
        return TestCases.insertCase(jdbc, reference, "Child A", "Kai", "Fairbrother", LocalDate.of(2017, 1, 17),
                "anna.kowalska@hampshire.police.uk", clock.instant());
    }

    void request(NoticeRequest request) {
        transaction.executeWithoutResult(status -> notices.request(request));
    }

    static PersonalDataScan kai() {
        return PersonalDataScan.of(List.of("Kai", "Fairbrother", "anna.kowalska", "Kowalska"))
                .withDates(LocalDate.of(2017, 1, 17));
    }

    @Test
    void aDecisionNoticeReachesThePanelOfstedAndTheDfeEachSentInTheLog() {
        long caseId = aCase("HSCP-2026-0101");
        request(NoticeRequest.aboutCase(NoticeKind.DECISION_NOTICE, caseId, null));

        var rows = probe.awaitAll(probe.noticeId("DECISION_NOTICE", caseId, null), "SENT");

        assertThat(rows).extracting(DeliveryProbe.Row::recipient).containsExactlyInAnyOrder(
                "Mailbox.NationalReviewPanel@education.gov.uk", "SCR.SIN@ofsted.gov.uk", "Mailbox.CPOD@education.gov.uk");
        assertThat(rows).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrder("NATIONAL_PANEL", "OFSTED", "DFE");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastSmtpReply()).startsWith("250");
            assertThat(row.subject()).startsWith("HSCP-2026-0101 Child A: decision");
            assertThat(row.body()).contains("HSCP-2026-0101").contains("Child A").contains("aged 9");
            assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "SENT");
        });
        List<MimeMessage> received = probe.awaitReceived(rows);
        assertThat(received).hasSize(3);
        for (var row : rows) {
            MimeMessage message = probe.received(row.messageId()).get(0);
            assertThat(row.sha256()).hasSize(64);
            assertThat(message).satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(row.recipient()));
        }
        kai().assertNoneIn(received);
    }

    @Test
    void aSummaryOfInvolvementRequestReachesEveryLigMemberAgencyWithItsOwnDueDate() {
        long caseId = aCase("HSCP-2026-0102");
        Instant now = clock.instant();
        TestCases.insertDeadline(jdbc, caseId, "SUMMARY_OF_INVOLVEMENT", "Summary of involvement returned", "8.2.3",
                "each agency's LIG representative", "POLICE", Instant.parse("2026-11-30T23:59:59Z"), now);
        TestCases.insertDeadline(jdbc, caseId, "SUMMARY_OF_INVOLVEMENT", "Summary of involvement returned", "8.2.3",
                "each agency's LIG representative", null, Instant.parse("2026-12-01T23:59:59Z"), now);
        request(NoticeRequest.aboutCase(NoticeKind.SUMMARY_OF_INVOLVEMENT_REQUEST, caseId, null));

        var rows = probe.awaitAll(probe.noticeId("SUMMARY_OF_INVOLVEMENT_REQUEST", caseId, null), "SENT");

        assertThat(rows).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrderElementsOf(
                recipients.ligAgencies().stream().map(code -> "LIG_MEMBER_AGENCIES:" + code).toList());
        var police = rows.stream().filter(r -> r.role().endsWith(":POLICE")).findFirst().orElseThrow();
        var icb = rows.stream().filter(r -> r.role().endsWith(":ICB")).findFirst().orElseThrow();
        assertThat(police.body()).contains("by the end of Monday 30 November 2026").contains("8.2.3");
        assertThat(icb.body()).contains("by the end of Tuesday 1 December 2026");
        kai().assertNoneIn(probe.awaitReceived(rows));
    }

    @Test
    void anIntakeAlertForAQuarantinedEmailReachesTheHscpTeamAndIsSentInTheLog() {
        String messageId = mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        long emailId = awaitDecided(messageId).id();

        var rows = probe.awaitAll(probe.noticeId("INTAKE_ALERT", null, emailId), "SENT");

        String team = recipients.resolve(NoticeKind.INTAKE_ALERT, List.of(), Optional.empty(), Optional.empty())
                .recipients().get(0).address();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.recipient()).isEqualTo(team);
            assertThat(row.role()).isEqualTo("HSCP_TEAM");
            assertThat(row.body()).contains("Reason: UNKNOWN_SENDER").contains("quarantine");
        });
        assertThat(probe.awaitReceived(rows)).hasSize(1);
    }

    @Test
    void aFormQueryReachesTheSenderOfTheEmailAsAReplyToIt() throws Exception {
        String messageId = mailbox.deliver(TestMailbox.sample("bad/forgot-attachment.eml"));
        long emailId = awaitDecided(messageId).id();

        var rows = probe.awaitAll(probe.noticeId("FORM_QUERY", null, emailId), "SENT");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.recipient()).isEqualTo("jo.whitcombe@hampshire.police.uk");
            assertThat(row.role()).isEqualTo("SENDER");
            assertThat(row.body()).contains("The e-mail has no attachment.");
        });
        MimeMessage reply = probe.awaitReceived(rows).get(0);
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(reply.getSubject()).startsWith("HSCP: we could not accept your e-mail received on ");
        PersonalDataScan.of(List.of("Whitcombe", "LIG referral")).assertNoneIn(List.of(reply));
    }

    @Test
    void aCopyOfOneOfOurOwnNoticesInTheMailboxIsRecognisedNotScreenedOrAnswered() {
        long caseId = aCase("HSCP-2026-0103");
        request(NoticeRequest.aboutCase(NoticeKind.LCSPR_MEMBERS_LETTER, caseId, null));
        var row = probe.awaitAll(probe.noticeId("LCSPR_MEMBERS_LETTER", caseId, null), "SENT").get(0);
        byte[] sent = jdbc.sql("SELECT mime FROM delivery WHERE id = :id").param("id", row.id())
                .query((rs, n) -> rs.getBytes(1)).single();

        mailbox.deliver(sent); // as when the HSCP team's address is the intake mailbox itself

        EmailJournal.Entry entry = awaitDecided(row.messageId());
        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(entry.formType()).isEqualTo(BounceHandler.OWN_NOTICE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE inbound_email_id = :id").param("id", entry.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aDeliveryStatusNotificationForASentDeliveryMarksItBouncedAndAlertsTheTeam() {
        long caseId = aCase("HSCP-2026-0104");
        request(NoticeRequest.aboutCase(NoticeKind.LAC_DEATH_NOTICE, caseId, null));
        var row = probe.awaitAll(probe.noticeId("LAC_DEATH_NOTICE", caseId, null), "SENT").get(0);

        String dsnId = mailbox.deliver(DeliveryStatusNotifications.failed(row.messageId(), row.recipient(),
                row.subject()));

        EmailJournal.Entry entry = awaitDecided(dsnId);
        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(entry.formType()).isEqualTo(BounceHandler.DELIVERY_STATUS_REPORT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(probe.ofNotice(row.noticeId())).filteredOn(r -> r.id() == row.id())
                        .singleElement().extracting(DeliveryProbe.Row::status).isEqualTo("BOUNCED"));
        assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "SENT", "BOUNCED");
        assertThat(probe.historyDetails(row.id()).get(3)).contains("5.1.1").contains("matched by Message-ID");
        var alert = probe.awaitAll(probe.noticeId("DELIVERY_FAILURE_ALERT", caseId, null), "SENT");
        assertThat(alert.get(0).body()).contains("Delivery " + row.id()).contains("bounced");
    }

    @Test
    void aDeliveryStatusNotificationNamingOurMessageIdOnlyInOriginalMessageIdStillMatches() {
        long caseId = aCase("HSCP-2026-0107");
        request(NoticeRequest.aboutCase(NoticeKind.LAC_DEATH_NOTICE, caseId, null));
        var row = probe.awaitAll(probe.noticeId("LAC_DEATH_NOTICE", caseId, null), "SENT").get(0);

        String dsnId = mailbox.deliver(DeliveryStatusNotifications.failed(row.messageId(), null, row.recipient(),
                row.subject()));

        EmailJournal.Entry entry = awaitDecided(dsnId);
        assertThat(entry.formType()).isEqualTo(BounceHandler.DELIVERY_STATUS_REPORT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "SENT", "BOUNCED"));
    }

    @Test
    void aBounceNamingARealRecipientButNoMessageIdOfOursChangesNoDeliveryAndIsScreenedAsOrdinaryMail() {
        long caseId = aCase("HSCP-2026-0108");
        request(NoticeRequest.aboutCase(NoticeKind.LAC_DEATH_NOTICE, caseId, null));
        var row = probe.awaitAll(probe.noticeId("LAC_DEATH_NOTICE", caseId, null), "SENT").get(0);

        String forgedId = mailbox.deliver(DeliveryStatusNotifications.failed("<forged.1@attacker.example>",
                "<forged.2@attacker.example>", row.recipient(), row.subject()));

        EmailJournal.Entry entry = awaitDecided(forgedId);
        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).isEqualTo(QuarantineReason.UNKNOWN_SENDER);
        assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "SENT");
        assertThat(jdbc.sql("SELECT kind FROM notice WHERE inbound_email_id = :id").param("id", entry.id())
                .query(String.class).list()).containsExactly("INTAKE_ALERT");
    }

    @Test
    void aReminderCarriesTheDeadlineAsACalendarEntryAndGoesToTheRolesOnTheReminder() throws Exception {
        long caseId = aCase("HSCP-2026-0105");
        long deadlineId = TestCases.insertDeadline(jdbc, caseId, "PANEL_NOTIFICATION",
                "Local authority notifies the Child Safeguarding Practice Review Panel", "5.1", "local authority", null,
                Instant.parse("2026-11-27T23:59:59Z"), clock.instant());
        long reminderId = TestCases.insertReminder(jdbc, deadlineId, "BEFORE_DUE", clock.instant(),
                "LOCAL_AUTHORITY,BUSINESS_MANAGER");
        request(new NoticeRequest(NoticeKind.REMINDER, caseId, null, deadlineId, reminderId, List.of()));

        var rows = probe.awaitAll(probe.noticeId("REMINDER", caseId, null), "SENT");

        assertThat(rows).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrder("LOCAL_AUTHORITY",
                "BUSINESS_MANAGER");
        MimeMessage message = probe.awaitReceived(rows).get(0);
        var ics = ((jakarta.mail.Multipart) message.getContent()).getBodyPart(1);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("UID:deadline-" + deadlineId + "@review-notifier.hscp")
                .contains("DTSTART;VALUE=DATE:20261127");
        assertThat(rows.get(0).body()).contains("by the end of Friday 27 November 2026").contains("5.1");
    }

    @Test
    void aReminderWhoseDeadlineWasMetBeforeItWentOutIsCancelled() {
        long caseId = aCase("HSCP-2026-0106");
        long deadlineId = TestCases.insertDeadline(jdbc, caseId, "PANEL_NOTIFICATION", "Panel notified", "5.1",
                "local authority", null, Instant.parse("2026-11-27T23:59:59Z"), clock.instant());
        long reminderId = TestCases.insertReminder(jdbc, deadlineId, "BEFORE_DUE", clock.instant(), "LOCAL_AUTHORITY");
        jdbc.sql("UPDATE deadline SET status = 'MET' WHERE id = :id").param("id", deadlineId).update();
        request(new NoticeRequest(NoticeKind.REMINDER, caseId, null, deadlineId, reminderId, List.of()));

        var rows = probe.awaitAll(probe.noticeId("REMINDER", caseId, null), "CANCELLED");

        assertThat(probe.received(rows.get(0).messageId())).isEmpty();
        assertThat(probe.history(rows.get(0).id())).containsExactly("QUEUED", "SENDING", "CANCELLED");
    }

    @Test
    void anAcknowledgementWaitingBehindABurstOfRequestsIsSentFirst() throws Exception {
        camel.getRouteController().stopRoute("dispatch-send"); // the senders are busy: everything waits on the queue
        long acknowledgement;
        try {
            for (int i = 1; i <= 5; i++) {
                long caseId = aCase("HSCP-2026-01" + (10 + i));
                request(NoticeRequest.aboutCase(NoticeKind.SUMMARY_OF_INVOLVEMENT_REQUEST, caseId, null));
            }
            request(NoticeRequest.aboutCase(NoticeKind.REFERRAL_ACKNOWLEDGEMENT, aCase("HSCP-2026-0120"), null));
            acknowledgement = probe.noticeId("REFERRAL_ACKNOWLEDGEMENT", null, null);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM delivery WHERE status = 'QUEUED'").query(Integer.class).single() == 36);
        } finally {
            camel.getRouteController().startRoute("dispatch-send");
        }
        probe.awaitAll(acknowledgement, "SENT");

        // the order the senders took them in (the test clock gives every delivery the same times)
        List<String> taken = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT d.notice_kind FROM delivery_event e JOIN delivery d ON d.id = e.delivery_id
                WHERE e.status = 'SENDING' ORDER BY e.id""").query(String.class).list(), all -> all.size() == 36);
        // queued last, taken among the first: four senders take one e-mail each at once and write their
        // SENDING in whatever order their threads run, so the first eight of 36, not the 36th
        assertThat(taken.subList(0, 8)).contains("REFERRAL_ACKNOWLEDGEMENT");
    }

    @Test
    void aDeliveryIdOnTheQueueTwiceSendsOneEmail() {
        long caseId = aCase("HSCP-2026-0107");
        request(NoticeRequest.aboutCase(NoticeKind.RAPID_REVIEW_BRIEFING, caseId, null));
        var rows = probe.awaitAll(probe.noticeId("RAPID_REVIEW_BRIEFING", caseId, null), "SENT");
        assertThat(rows).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrder(
                "SAFEGUARDING_PARTNERS", "SAFEGUARDING_PARTNERS", "SAFEGUARDING_PARTNERS", "INDEPENDENT_CHAIR");
        probe.awaitReceived(rows);

        queue.publish(rows.stream().map(DeliveryProbe.Row::id).toList()); // as after a crash before the ack

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            for (var row : rows) {
                assertThat(probe.received(row.messageId())).hasSize(1);
                assertThat(probe.history(row.id())).containsExactly("QUEUED", "SENDING", "SENT");
            }
        });
    }

    @Test
    void aNoticeLeftRequestedByACrashIsPlannedAndSentByTheRelay() {
        long caseId = aCase("HSCP-2026-0108");
        // written as if the service stopped right after the requesting transaction committed
        jdbc.sql("""
                INSERT INTO notice (kind, case_id, lines, status, created_at)
                VALUES ('PUBLICATION_DELAY_NOTICE', :caseId, '', 'REQUESTED', :at)""")
                .param("caseId", caseId).param("at", uk.org.hscp.notifier.platform.Timestamps.utc(clock.instant()))
                .update();
        long noticeId = probe.noticeId("PUBLICATION_DELAY_NOTICE", caseId, null);
        assertThat(probe.ofNotice(noticeId)).isEmpty();

        clock.advance(Duration.ofMinutes(2));

        var rows = probe.awaitAll(noticeId, "SENT");
        assertThat(rows).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrder("NATIONAL_PANEL",
                "SECRETARY_OF_STATE");
    }

    @Test
    void aDeliveryStuckInSendingIsMarkedAlertedAndSentAgainWithTheSameMessageId() {
        long caseId = aCase("HSCP-2026-0109");
        request(NoticeRequest.aboutCase(NoticeKind.EXTRAORDINARY_MEETING_ALERT, caseId, null));
        var row = probe.awaitAll(probe.noticeId("EXTRAORDINARY_MEETING_ALERT", caseId, null), "SENT").get(0);
        // as if the service stopped after the relay accepted the e-mail but before the outcome was recorded
        jdbc.sql("UPDATE delivery SET status = 'SENDING', sending_since = :at WHERE id = :id")
                .param("at", uk.org.hscp.notifier.platform.Timestamps.utc(clock.instant())).param("id", row.id())
                .update();

        clock.advance(Duration.ofMinutes(16));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(probe.history(row.id())).containsSubsequence("TEMPORARY_FAILURE", "SENDING", "SENT");
            assertThat(probe.received(row.messageId())).hasSize(2); // the same Message-ID: recognisable as a resend
        });
        var alert = probe.awaitAll(probe.noticeId("DELIVERY_FAILURE_ALERT", caseId, null), "SENT");
        assertThat(alert.get(0).body()).contains("stuck in SENDING");
    }

    private EmailJournal.Entry awaitDecided(String messageId) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> journal.newestFirst(Optional.empty(), 50).stream()
                        .filter(e -> e.messageId().equals(messageId) && e.outcome() != IntakeOutcome.PENDING)
                        .findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
