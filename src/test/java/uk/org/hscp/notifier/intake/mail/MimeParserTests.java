package uk.org.hscp.notifier.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.org.hscp.notifier.intake.Attachment;
import uk.org.hscp.notifier.intake.InboundEmail;
import uk.org.hscp.notifier.support.TestMailbox;

class MimeParserTests {

    MimeParser parser = new MimeParser();

    @ParameterizedTest
    @ValueSource(strings = {"bad/unknown-sender.eml", "bad/forgot-attachment.eml", "bad/duplicate-a.eml",
            "good/referral-101-05.eml", "good/referral-101-01.eml", "bad/zip-bomb.eml"})
    void readsEverySampleEmail(String sample) throws Exception {
        InboundEmail email = parser.parse(TestMailbox.sample(sample));

        assertThat(email.fromAddress()).contains("@");
        assertThat(email.messageId()).startsWith("<");
    }

    @Test
    void findsTheFormInsideAForwardedMessage() throws Exception {
        InboundEmail email = parser.parse(TestMailbox.sample("bad/forwarded-as-attachment.eml"));

        assertThat(email.attachments()).extracting(Attachment::displayName).anyMatch(n -> n.endsWith(".docx"));
    }

    @Test
    void findsTheFormInsideAnSmimeSignedWrapperAndSkipsTheSignature() throws Exception {
        InboundEmail email = parser.parse(TestMailbox.sample("bad/smime-signed.eml"));

        assertThat(email.attachments()).hasSize(1);
        assertThat(email.attachments().get(0).displayName()).endsWith(".docx");
    }

    @Test
    void decodesAWindows1252EncodedSubject() throws Exception {
        InboundEmail email = parser.parse(TestMailbox.sample("bad/encoded-subject.eml"));

        assertThat(email.subject()).doesNotContain("=?").isNotBlank();
    }

    @Test
    void reducesAHostileFileNameToItsLastPathElement() throws Exception {
        InboundEmail email = parser.parse(TestMailbox.sample("bad/path-traversal-filename.eml"));

        assertThat(email.attachments()).singleElement().satisfies(a -> {
            assertThat(a.displayName()).doesNotContain("/", "\\", "..");
            assertThat(a.displayName()).endsWith(".docx");
        });
    }

    @Test
    void anEmailWithNoFileHasNoAttachments() throws Exception {
        assertThat(parser.parse(TestMailbox.sample("bad/forgot-attachment.eml")).attachments()).isEmpty();
    }
}
