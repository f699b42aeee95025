package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.forms.HostileFiles;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The "done when" of issue 13's robustness half: a hostile corpus made here, delivered through GreenMail byte for
 * byte (the 50 MiB e-mail streamed, never held by the test), in a JVM of 512 MiB heap that exits on an
 * OutOfMemoryError (the pom's hostile-corpus execution). Every e-mail gets its outcome, nothing is lost, and a
 * good referral behind 100 poison e-mails is taken in within two polls.
 */
abstract class HostileCorpusScenarios {

    private static final String ROUTE = "intake-mailbox-hscp";
    private static final String AGENCY = "tom.pearce@hampshire.police.uk";

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired CamelContext camel;

    /** What each e-mail should come to, by a marker in its subject. */
    private record Expected(IntakeOutcome outcome, QuarantineReason reason, String detail) {
    }

    @Test
    void everyHostileEmailGetsItsOutcomeNothingIsLostAndTheGoodReferralIsAccepted() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test runs in").isLessThanOrEqualTo(512L << 20);
        Database.clean(jdbc);
        byte[] goodDocx = TestMailbox.sample("good/referral-101-00.docx");
        byte[] referral = TestMailbox.sample("good/referral-101-00.eml");
        String referralId = TestMailbox.messageIdOf(referral);
        Map<String, Expected> expected = new LinkedHashMap<>();
        List<java.util.concurrent.Callable<InputStream>> corpus = new ArrayList<>(); // made as sent: little heap

        corpus.add(() -> new ByteArrayInputStream(HostileEmails.plain(AGENCY, "corpus-nul-subject \0", "<corpus-1@hampshire.police.uk>")));
        expected.put("corpus-nul-subject", new Expected(IntakeOutcome.QUARANTINED, QuarantineReason.UNREADABLE_EMAIL,
                "Subject"));
        corpus.add(() -> new ByteArrayInputStream(HostileEmails.plain(AGENCY, "corpus-nul-id", "<corpus-2\0@hampshire.police.uk>")));
        expected.put("corpus-nul-id", new Expected(IntakeOutcome.QUARANTINED, QuarantineReason.UNREADABLE_EMAIL,
                "Message-ID"));
        expected.put("corpus-50-mib", new Expected(IntakeOutcome.QUARANTINED, QuarantineReason.EMAIL_TOO_LARGE,
                "the limit is 30.0 MiB"));
        corpus.add(() -> attached("corpus-pdf-2gib", "referral.pdf", "application/pdf",
                HostileFiles.pdfInflatingTo2GiB()));
        expected.put("corpus-pdf-2gib", new Expected(IntakeOutcome.QUARANTINED,
                QuarantineReason.UNREADABLE_ATTACHMENT, "expands to more than"));
        corpus.add(() -> attached("corpus-docx-lies", "referral.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                HostileFiles.docxWithLyingSizes(goodDocx, 200)));
        expected.put("corpus-docx-lies", new Expected(IntakeOutcome.QUARANTINED,
                QuarantineReason.UNREADABLE_ATTACHMENT, "expands beyond"));
        corpus.add(() -> attached("corpus-pdf-lines", "referral.pdf", "application/pdf",
                HostileFiles.pdfWithDrawnLines(200_000)));
        expected.put("corpus-pdf-lines", new Expected(IntakeOutcome.QUARANTINED,
                QuarantineReason.UNREADABLE_ATTACHMENT, "too complex to be a form"));
        // the 50 MiB e-mail alone first, until it is moved whole to Quarantine on the server: GreenMail, in this
        // JVM, holds it and copies it on SMTP and on MOVE (about 160 MiB at once), heap that is the test's mail
        // server's, not the service's (which reads only its size and headers)
        send(fiftyMiBEmail());
        await().atMost(Duration.ofSeconds(120))
                .until(() -> mailbox.count("Quarantine", "<corpus-50-mib@hampshire.police.uk>") == 1);
        // then the other hostile e-mails, each taken in
        for (var eml : corpus) {
            send(eml.call());
        }
        corpus.clear();
        await().atMost(Duration.ofSeconds(180)).until(() -> journal.newestFirst(Optional.empty(), 1000).size(),
                size -> size == expected.size());
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(mailbox.folder("INBOX")).isEmpty());

        for (int i = 0; i < 100; i++) {
            int index = i;
            String marker = "corpus-poison-" + i;
            String m = marker;
            corpus.add(() -> new ByteArrayInputStream(poison(index, m)));
            expected.put(marker, new Expected(IntakeOutcome.QUARANTINED, null, null));
        }
        camel.getRouteController().stopRoute(ROUTE); // 100 poison e-mails land before the next poll: the worst order
        try {
            for (var eml : corpus) {
                send(eml.call());
            }
            mailbox.deliver(referral);
        } finally {
            camel.getRouteController().startRoute(ROUTE);
        }
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) camel.getRoute(ROUTE).getConsumer();
        long pollsBefore = consumer.getCounter();

        // the referral arrived with 100 e-mails ahead of it; 100 are taken at each poll: it is journaled by the second
        EmailJournal.Entry journaled = await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(20))
                .until(() -> entry(e -> referralId.equals(e.messageId())), Optional::isPresent).orElseThrow();
        assertThat(consumer.getCounter() - pollsBefore).as("polls before the referral was journaled")
                .isLessThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> journal.find(journaled.id()).orElseThrow().outcome(),
                outcome -> outcome != IntakeOutcome.PENDING);
        assertThat(journal.find(journaled.id()).orElseThrow().outcome()).isEqualTo(IntakeOutcome.ACCEPTED);

        // every e-mail of the corpus has its outcome, and is out of the inbox
        List<EmailJournal.Entry> all = await().atMost(Duration.ofSeconds(120)).until(
                () -> journal.newestFirst(Optional.empty(), 1000),
                entries -> entries.size() == expected.size() + 1
                        && entries.stream().noneMatch(e -> e.outcome() == IntakeOutcome.PENDING));
        expected.forEach((marker, want) -> {
            EmailJournal.Entry got = all.stream().filter(e -> e.subject() != null
                    && (e.subject().equals(marker) || e.subject().startsWith(marker + " ")))
                    .findFirst().orElseThrow(() -> new AssertionError("lost: " + marker));
            assertThat(got.outcome()).as(marker).isEqualTo(want.outcome());
            if (want.reason() != null) {
                assertThat(got.reason()).as(marker).isEqualTo(want.reason());
                assertThat(got.detail()).as(marker).contains(want.detail());
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailbox.folder("INBOX")).isEmpty());
        // every hostile e-mail in Quarantine, those refused while their forms were read too (they wait in the inbox
        // until their outcome is decided); only the good referral in Processed
        assertThat(mailbox.folder("Quarantine")).hasSize(expected.size());
        assertThat(mailbox.folder("Processed")).hasSize(1);
        // the 50 MiB e-mail: only its headers are in the journal, the whole of it in the mailbox's Quarantine
        EmailJournal.Entry large = all.stream().filter(e -> "corpus-50-mib".equals(e.subject())).findFirst()
                .orElseThrow();
        assertThat(journal.raw(large.id()).length).isLessThan(64 * 1024);
        assertThat(mailbox.folder("Quarantine")).anySatisfy(m -> assertThat(m.getMimeMessage().getSize())
                .isGreaterThan(50 << 20));
    }

    private Optional<EmailJournal.Entry> entry(java.util.function.Predicate<EmailJournal.Entry> which) {
        return journal.newestFirst(Optional.empty(), 1000).stream().filter(which).findFirst();
    }

    /** Seven kinds of poison, in turn; none may hold up what follows it. */
    private static byte[] poison(int i, String marker) {
        return switch (i % 7) {
            case 0 -> HostileEmails.plain(AGENCY, marker + " \0", "<" + marker + "@x.test>");
            case 1 -> HostileEmails.plain(AGENCY, marker, "<" + marker + "\0@x.test>");
            case 2 -> HostileEmails.plain("someone@elsewhere.example", marker, null);
            case 3 -> HostileEmails.plain(AGENCY, marker, "<" + "x".repeat(2000) + i + "@x.test>");
            case 4 -> HostileEmails.nested(AGENCY, marker, 100);
            case 5 -> HostileEmails.invalidUtf8(AGENCY, marker);
            default -> HostileEmails.forwardedChain(AGENCY, marker, 30);
        };
    }

    /** Through GreenMail's SMTP, byte for byte. */
    private void send(InputStream eml) {
        RawSmtp.deliver(mailbox.server().getSmtp().getBindTo(), mailbox.server().getSmtp().getPort(), TestMailbox.ADDRESS,
                eml);
    }

    /** 37 MiB of attachment as 50 MiB of base64 lines, made as it is read. */
    private static InputStream fiftyMiBEmail() {
        byte[] head = HostileEmails.latin1(HostileEmails.headers(AGENCY, "corpus-50-mib", "<corpus-50-mib@hampshire.police.uk>")
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "Please find the scan attached.\r\n--b\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        byte[] line = HostileEmails.latin1("A".repeat(76) + "\r\n"); // 57 zero bytes, base64
        long lines = (37L << 20) / 57;
        InputStream body = new InputStream() {
            private long position;
            private final long length = lines * line.length;

            @Override
            public int read() {
                return position < length ? line[(int) (position++ % line.length)] : -1;
            }
        };
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(new ByteArrayInputStream(head), body,
                new ByteArrayInputStream(HostileEmails.latin1("--b--\r\n")))));
    }

    private static InputStream attached(String subject, String name, String type, byte[] file) {
        return new ByteArrayInputStream(withAttachment(subject, name, type, file));
    }

    private static byte[] withAttachment(String subject, String name, String type, byte[] file) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(HostileEmails.latin1(HostileEmails.headers(AGENCY, subject, "<" + subject + "@hampshire.police.uk>")
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "Please find the form attached.\r\n--b\r\nContent-Type: " + type + "\r\n"
                + "Content-Disposition: attachment; filename=\"" + name + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"));
        out.writeBytes(Base64.getMimeEncoder().encode(file));
        out.writeBytes(HostileEmails.latin1("\r\n--b--\r\n"));
        return out.toByteArray();
    }
}
