package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.TestMailbox;

/** E-mails whose bytes are hostile or odd, as the HSCP team would check them; run on H2 and PostgreSQL. */
abstract class HostileEmailScenarios {

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired MailboxIntake intake;
    @Autowired org.apache.camel.CamelContext camel;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        jdbc.sql("DELETE FROM intake_journal_failure").update();
    }

    @Test
    void aNulInTheSubjectIsKeptWholeAndQuarantinedAsUnreadable() {
        String messageId = "<nul-subject-" + System.nanoTime() + "@hampshire.police.uk>";
        byte[] eml = HostileEmails.plain("tom.pearce@hampshire.police.uk", "LIG referral =?UTF-8?Q?a=00b?= \0 end",
                messageId);
        mailbox.send(eml);

        EmailJournal.Entry entry = awaitDecided(e -> e.messageId().equals(messageId));

        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).isEqualTo(QuarantineReason.UNREADABLE_EMAIL);
        assertThat(entry.subject()).doesNotContain("\0").startsWith("LIG referral");
        assertThat(new String(journal.raw(entry.id()), StandardCharsets.ISO_8859_1)).contains("\0 end");
        await().untilAsserted(() -> {
            assertThat(mailbox.count("INBOX", messageId)).isZero();
            assertThat(mailbox.count("Quarantine", messageId)).isEqualTo(1);
        });
    }

    @Test
    void aNulInTheMessageIdIsKeptAndQuarantinedAsUnreadable() {
        String marker = "nul-id-" + System.nanoTime();
        byte[] eml = HostileEmails.plain("tom.pearce@hampshire.police.uk", "LIG referral " + marker,
                "<" + marker + "\0x@hampshire.police.uk>");
        mailbox.send(eml);

        EmailJournal.Entry entry = awaitDecided(e -> e.subject() != null && e.subject().endsWith(marker));

        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).isEqualTo(QuarantineReason.UNREADABLE_EMAIL);
        assertThat(entry.messageId()).doesNotContain("\0").contains(marker);
    }

    @Test
    void aMissingOrVeryLongMessageIdStillGetsAnOutcome() {
        String marker = "no-id-" + System.nanoTime();
        mailbox.send(HostileEmails.plain("unknown@elsewhere.example", "Hello " + marker, null));
        String longId = "<" + "x".repeat(2000) + "@hampshire.police.uk>";
        mailbox.send(HostileEmails.plain("unknown@elsewhere.example", "Long " + marker, longId));

        EmailJournal.Entry missing = awaitDecided(e -> ("Hello " + marker).equals(e.subject()));
        EmailJournal.Entry tooLong = awaitDecided(e -> ("Long " + marker).equals(e.subject()));

        assertThat(missing.reason()).isEqualTo(QuarantineReason.UNKNOWN_SENDER);
        assertThat(missing.messageId()).isNotBlank();
        assertThat(tooLong.reason()).isEqualTo(QuarantineReason.UNKNOWN_SENDER);
        assertThat(tooLong.messageId().length()).isLessThanOrEqualTo(1000);
    }

    @Test
    void deepNestingManyAttachmentsAndAForwardedChainEachGetAnOutcome() throws Exception {
        String marker = "odd-" + System.nanoTime();
        String sender = "tom.pearce@hampshire.police.uk";
        mailbox.send(HostileEmails.nested(sender, "Nested " + marker, 100));
        mailbox.send(HostileEmails.manyAttachments(sender, "Many " + marker, 500));
        mailbox.send(HostileEmails.forwardedChain(sender, "Chain " + marker, 30));
        mailbox.send(HostileEmails.invalidUtf8(sender, "Bytes " + marker));

        for (String prefix : List.of("Nested ", "Many ", "Chain ")) {
            EmailJournal.Entry entry = awaitDecided(e -> (prefix + marker).equals(e.subject()));
            assertThat(entry.outcome()).as(prefix).isEqualTo(IntakeOutcome.QUARANTINED);
        }
        EmailJournal.Entry bytes = awaitDecided(e -> e.subject() != null && e.subject().startsWith("Bytes " + marker));
        assertThat(bytes.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
    }

    @Test
    void aJournalWriteThatKeepsFailingIsQuarantinedAtTheThirdPollAndTheTeamAlerted() {
        // a copy name longer than the journal's column: the insert fails on every attempt, on H2 and PostgreSQL
        String sourceKey = "uid:1:" + "9".repeat(300);
        byte[] eml = HostileEmails.plain("tom.pearce@hampshire.police.uk", "Stuck", "<stuck-" + System.nanoTime()
                + "@hampshire.police.uk>");
        RawEmail raw = new RawEmail("hscp", sourceKey, eml, java.time.Instant.now());

        for (int poll = 1; poll <= 2; poll++) {
            RuntimeException failure = org.assertj.core.api.Assertions.catchRuntimeException(() -> intake.receive(raw));
            assertThat(failure).isNotNull();
            assertThatThrownBy(() -> intake.journalingFailed(raw, failure)).isSameAs(failure);
        }
        RuntimeException third = org.assertj.core.api.Assertions.catchRuntimeException(() -> intake.receive(raw));
        MailboxIntake.Receipt receipt = intake.journalingFailed(raw, third);

        assertThat(receipt.folder()).isEqualTo(MailboxIntake.Folder.QUARANTINE);
        assertThat(receipt.readForms()).isFalse();
        EmailJournal.Entry entry = journal.find(receipt.emailId()).orElseThrow();
        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).isEqualTo(QuarantineReason.UNREADABLE_EMAIL);
        assertThat(entry.detail()).contains("could not be journaled at 3 polls");
        assertThat(journal.raw(entry.id())).isEqualTo(eml);
        assertThat(jdbc.sql("SELECT kind FROM notice WHERE inbound_email_id = :id").param("id", entry.id())
                .query(String.class).list()).containsExactly("INTAKE_ALERT");
        assertThat(jdbc.sql("SELECT attempts FROM intake_journal_failure WHERE gave_up_at IS NOT NULL")
                .query(Integer.class).list()).containsExactly(3);
    }

    @Test
    void aMessageSomeoneAlreadyOpenedIsStillTakenIn() throws Exception {
        byte[] eml = TestMailbox.sample("good/referral-101-04.eml");
        String messageId = TestMailbox.messageIdOf(eml);
        camel.getRouteController().stopRoute("intake-mailbox-hscp");
        try {
            mailbox.deliver(eml);
            var stored = await().until(() -> mailbox.folder("INBOX").stream()
                    .filter(m -> messageId.equals(idOf(m))).findFirst(), Optional::isPresent).orElseThrow();
            stored.setFlag(jakarta.mail.Flags.Flag.SEEN, true); // opened in Outlook before the poll
        } finally {
            camel.getRouteController().startRoute("intake-mailbox-hscp");
        }

        EmailJournal.Entry entry = awaitDecided(e -> e.messageId().equals(messageId));

        assertThat(entry.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        await().untilAsserted(() -> assertThat(mailbox.count("INBOX", messageId)).isZero());
    }

    private static String idOf(com.icegreen.greenmail.store.StoredMessage message) {
        try {
            return message.getMimeMessage().getMessageID().replaceAll("\\s+", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private EmailJournal.Entry awaitDecided(java.util.function.Predicate<EmailJournal.Entry> which) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> journal.newestFirst(Optional.empty(), 1000).stream()
                        .filter(e -> e.outcome() != IntakeOutcome.PENDING && which.test(e)).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
