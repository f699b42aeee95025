package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.TestMailbox;

/** A mailbox, the journal and the folders, as the HSCP team would check them; run on H2 and PostgreSQL. */
abstract class IntakeFlowScenarios {

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired CamelContext camel;
    @Autowired MailboxIntake intake;
    @Autowired MutableClock clock;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void aSampleEmailIsJournaledWholeAndLeavesTheInboxForProcessed() {
        byte[] eml = TestMailbox.sample("good/referral-101-00.eml");
        long processedBefore = mailbox.count("Processed", TestMailbox.messageIdOf(eml));
        String messageId = mailbox.deliver(eml);

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(entry.sender()).isEqualTo("anna.kowalska@hampshire.police.uk");
        assertThat(entry.subject()).isEqualTo("LIG referral");
        // kept whole: the stored copy is the e-mail as it arrived (with the server's trace headers and CRLF)
        assertThat(lf(journal.raw(entry.id()))).endsWith(lf(eml));
        await().untilAsserted(() -> {
            assertThat(mailbox.count("INBOX", messageId)).isZero();
            assertThat(mailbox.count("Processed", messageId)).isEqualTo(processedBefore + 1);
        });
    }

    @Test
    void anUnknownSenderIsQuarantinedGetsNoReplyAndTheTeamIsAlerted() {
        byte[] eml = TestMailbox.sample("bad/unknown-sender.eml");
        long quarantinedBefore = mailbox.count("Quarantine", TestMailbox.messageIdOf(eml));
        String messageId = mailbox.deliver(eml);

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).isEqualTo(QuarantineReason.UNKNOWN_SENDER);
        await().untilAsserted(() -> assertThat(mailbox.count("Quarantine", messageId))
                .isEqualTo(quarantinedBefore + 1));
        assertThat(noticeKinds(entry.id())).containsExactly("INTAKE_ALERT");
    }

    @Test
    void aKnownSenderWithNoAttachmentIsQuarantinedAndToldNoFormWasFound() {
        String messageId = mailbox.deliver(TestMailbox.sample("bad/forgot-attachment.eml"));

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.reason()).isEqualTo(QuarantineReason.NO_FORM_FOUND);
        assertThat(noticeKinds(entry.id())).containsExactlyInAnyOrder("INTAKE_ALERT", "FORM_QUERY");
    }

    @Test
    void theSameMessageIdAgainIsADuplicateProcessedOnce() {
        String messageId = mailbox.deliver(TestMailbox.sample("bad/duplicate-a.eml"));
        awaitDecided(messageId);
        mailbox.deliver(TestMailbox.sample("bad/duplicate-b.eml"));

        await().untilAsserted(() -> assertThat(journal.newestFirst(Optional.of(IntakeOutcome.DUPLICATE), 10)).hasSize(1));
        assertThat(journal.newestFirst(Optional.empty(), 10))
                .allSatisfy(e -> assertThat(e.messageId()).isEqualTo(messageId))
                .extracting(EmailJournal.Entry::outcome)
                .containsExactly(IntakeOutcome.DUPLICATE, IntakeOutcome.ACCEPTED);
    }

    @Test
    void anAttachmentOverTheLimitIsQuarantinedWithoutBeingRead() throws Exception {
        String messageId = mailbox.deliver(emailWithAttachmentOf(21 * 1024 * 1024));

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.reason()).isEqualTo(QuarantineReason.ATTACHMENT_TOO_LARGE);
        assertThat(entry.detail()).contains("limit is 20.0 MiB");
    }

    @Test
    void anEmailWhoseFormsAreStillBeingReadStaysInTheInboxUntilItsOutcomeIsKnown() throws Exception {
        byte[] eml = TestMailbox.sample("good/referral-101-04.eml");
        long processedBefore = mailbox.count("Processed", TestMailbox.messageIdOf(eml));
        String messageId;
        camel.getRouteController().stopRoute("intake-read-forms"); // the form readers are busy
        try {
            messageId = mailbox.deliver(eml);
            await().until(() -> journal.newestFirst(Optional.empty(), 10).stream()
                    .anyMatch(e -> e.messageId().equals(messageId) && e.outcome() == IntakeOutcome.PENDING));
            // poll after poll (every 200 ms here), a PENDING e-mail is left where it is: its outcome may yet be
            // a quarantine, and Processed would be the wrong folder
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(mailbox.count("INBOX", messageId)).isEqualTo(1);
                assertThat(mailbox.count("Processed", messageId)).isEqualTo(processedBefore);
            });
        } finally {
            camel.getRouteController().startRoute("intake-read-forms");
        }

        assertThat(awaitDecided(messageId).outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        await().untilAsserted(() -> {
            assertThat(mailbox.count("INBOX", messageId)).isZero();
            assertThat(mailbox.count("Processed", messageId)).isEqualTo(processedBefore + 1);
        });
    }

    @Test
    void aCrashBetweenTheJournalCommitAndTheFolderMoveLosesNothingAndDuplicatesNothing() throws Exception {
        String route = "intake-mailbox-hscp";
        byte[] eml = TestMailbox.sample("good/referral-101-02.eml");
        String id = TestMailbox.messageIdOf(eml);
        long processedBefore = mailbox.count("Processed", id);
        String messageId;
        camel.getRouteController().stopRoute(route);
        try {
            messageId = mailbox.deliver(eml);
            await().until(() -> mailbox.count("INBOX", messageId) == 1);
            // what the service did before it died: the e-mail is journaled, but never moved out of the inbox
            var stored = mailbox.folder("INBOX").stream().filter(m -> messageIdOf(m).equals(messageId))
                    .findFirst().orElseThrow();
            String sourceKey = "uid:" + mailbox.server().getManagers().getImapHostManager()
                    .getInbox(mailbox.server().getUserManager().getUser(TestMailbox.ADDRESS)).getUidValidity()
                    + ":" + stored.getUid();
            intake.receive(new RawEmail("hscp", sourceKey, eml, Instant.now()));
            // its intake-queue message was never sent: the mailbox route queues it again once it has been
            // PENDING longer than hscp.intake.requeue-pending-after (a peer's e-mail being read is left alone)
            clock.advance(IntakeProperties.DEFAULT_REQUEUE_PENDING_AFTER.plusMinutes(1));
        } finally {
            camel.getRouteController().startRoute(route);
        }

        await().untilAsserted(() -> {
            assertThat(mailbox.count("INBOX", messageId)).isZero();
            assertThat(mailbox.count("Processed", messageId)).isEqualTo(processedBefore + 1);
        });
        // the forms are read from the intake queue, which may finish after the move
        await().untilAsserted(() -> assertThat(journal.newestFirst(Optional.empty(), 10)).hasSize(1)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(IntakeOutcome.ACCEPTED)));
    }

    private EmailJournal.Entry awaitDecided(String messageId) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> journal.newestFirst(Optional.empty(), 50).stream()
                        .filter(e -> e.messageId().equals(messageId) && e.outcome() != IntakeOutcome.PENDING)
                        .findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static String messageIdOf(com.icegreen.greenmail.store.StoredMessage message) {
        try {
            return message.getMimeMessage().getMessageID().replaceAll("\\s+", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lf(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n").strip();
    }

    private List<String> noticeKinds(long emailId) {
        return jdbc.sql("SELECT kind FROM notice WHERE inbound_email_id = :id ORDER BY id").param("id", emailId)
                .query(String.class).list();
    }

    private static byte[] emailWithAttachmentOf(int bytes) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom("tom.pearce@hampshire.police.uk");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, TestMailbox.ADDRESS);
        message.setSubject("LIG referral (large scan)");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find the referral attached.");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[bytes], "application/pdf");
        file.setFileName("referral.pdf");
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
