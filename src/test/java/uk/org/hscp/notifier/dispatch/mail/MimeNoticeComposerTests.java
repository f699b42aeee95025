package uk.org.hscp.notifier.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.dispatch.MessageComposer.Envelope;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.platform.Hashes;

class MimeNoticeComposerTests {

    final MimeNoticeComposer composer = new MimeNoticeComposer(new NoticeTemplates(Path.of("config")),
            "review-notifier.hscp");
    final Envelope envelope = new Envelope("<delivery-12.abc123@review-notifier.hscp>", "hscp@hants.gov.uk",
            "Hampshire Safeguarding Children Partnership", "SCR.SIN@ofsted.gov.uk", Instant.parse("2026-11-23T09:00:00Z"),
            "<179533210686.16543@hampshire.police.uk>");

    static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    @Test
    void everyAttemptCarriesTheDeliverysOwnMessageIdAndTheHashOfItsExactBytes() throws Exception {
        var first = composer.compose(NoticeTemplatesTests.notice(NoticeKind.DECISION_NOTICE), envelope);
        var second = composer.compose(NoticeTemplatesTests.notice(NoticeKind.DECISION_NOTICE), envelope);

        assertThat(parse(first.mime()).getMessageID()).isEqualTo("<delivery-12.abc123@review-notifier.hscp>");
        assertThat(parse(second.mime()).getMessageID()).isEqualTo("<delivery-12.abc123@review-notifier.hscp>");
        assertThat(first.sha256()).isEqualTo(Hashes.sha256Hex(first.mime()));
    }

    @Test
    void theEmailHasTextAndHtmlAlternativesAndKeepsAutoRespondersQuiet() throws Exception {
        var composed = composer.compose(NoticeTemplatesTests.notice(NoticeKind.DECISION_NOTICE), envelope);
        MimeMessage message = parse(composed.mime());

        assertThat(message.getSubject()).isEqualTo(composed.subject());
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.getHeader("In-Reply-To", null)).isEqualTo("<179533210686.16543@hampshire.police.uk>");
        assertThat(message.getFrom()[0].toString()).contains("hscp@hants.gov.uk");
        assertThat(message.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(composed.text()).contains("HSCP-2026-0007");
    }

    @Test
    void aReminderCarriesTheDeadlineAsACalendarAttachment() throws Exception {
        var composed = composer.compose(NoticeTemplatesTests.notice(NoticeKind.REMINDER), envelope);
        MimeMessage message = parse(composed.mime());

        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        var ics = ((Multipart) message.getContent()).getBodyPart(1);
        assertThat(ics.isMimeType("text/calendar")).isTrue();
        assertThat(ics.getFileName()).isEqualTo("deadline-17.ics");
        assertThat(new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("UID:deadline-17@review-notifier.hscp");
    }
}
