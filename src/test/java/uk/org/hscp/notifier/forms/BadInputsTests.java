package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile e-mails of {@code ../shared/forms/bad/}: every attachment (found through nested messages and
 * signed multiparts) goes through {@link FormReader}, and the result must be the kind that leads to the
 * outcome {@code expected.json} names. Walking the MIME tree here is test code only.
 */
class BadInputsTests {

    static final Path BAD = Path.of("../shared/forms/bad");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final FormReader READER = new FormReader();

    record Attachment(String fileName, byte[] bytes) {
        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + bytes.length + " bytes]";
        }
    }

    static Stream<Arguments> expectedOutcomes() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(BAD.resolve("expected.json").toFile());
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode e : expected) {
            cases.add(Arguments.of(e.get("email").asText(), e.get("outcome").asText(), e.path("reason").asText("")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("expectedOutcomes")
    void eachEmailsAttachmentsReadAsItsExpectedOutcomeNeeds(String email, String outcome, String reason)
            throws Exception {
        List<ReadResult> results = readAll(email);
        List<ReadResult> forms = results.stream().filter(ReadResult.Read.class::isInstance).toList();
        switch (reason) {
            case "NO_FORM_FOUND" -> {
                assertThat(forms).as("%s: forms found", email).isEmpty();
                assertThat(results).as("%s: results", email).allMatch(ReadResult.NotAForm.class::isInstance);
            }
            case "UNREADABLE_ATTACHMENT" ->
                assertThat(results).as("%s", email).singleElement().isInstanceOf(ReadResult.Unreadable.class);
            case "NEEDS_MANUAL_ENTRY" ->
                assertThat(results).as("%s", email).singleElement().isInstanceOf(ReadResult.NeedsManualEntry.class);
            case "INVALID_FORM" -> {
                assertThat(forms).as("%s", email).hasSize(1);
                assertThat(((ReadResult.Read) forms.get(0)).problems()).as("%s: problems", email).isNotEmpty();
            }
            default -> {
                // ACCEPTED, DUPLICATE, UNKNOWN_SENDER: a valid form; the rest is the service's business
                assertThat(forms).as("%s: forms", email).hasSize(1);
                ReadResult.Read read = (ReadResult.Read) forms.get(0);
                assertThat(read.problems()).as("%s: problems", email).isEmpty();
                assertThat(read.form().formType()).isEqualTo(FormType.LIG_REFERRAL);
                assertThat(results).as("%s: other attachments", email)
                        .allMatch(r -> r instanceof ReadResult.Read || r instanceof ReadResult.NotAForm);
            }
        }
    }

    @Test
    void truncatedDocxIsUnreadable() throws Exception {
        assertThat(readAll("truncated-docx.eml")).singleElement()
                .isEqualTo(new ReadResult.Unreadable("the file is incomplete (the ZIP archive has no central directory)",
                        false));
    }

    @Test
    void zipBombIsRefusedQuicklyWithoutBeingExpanded() throws Exception {
        byte[] bomb = attachments("zip-bomb.eml").get(0).bytes();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(threadId);
        long start = System.nanoTime();

        ReadResult result = READER.read(bomb, TODAY);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = threads.getThreadAllocatedBytes(threadId) - allocatedBefore;
        assertThat(result).isInstanceOf(ReadResult.Unreadable.class);
        assertThat(((ReadResult.Unreadable) result).reason()).contains("zip bomb");
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        // the bomb's word/document.xml expands to 600 MiB; refusing it must cost next to nothing
        assertThat(allocated).as("bytes allocated while refusing the bomb").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void passwordProtectedPdfIsUnreadableAndSaysItNeedsAPassword() throws Exception {
        ReadResult result = readAll("password-protected-pdf.eml").get(0);
        assertThat(result).isInstanceOf(ReadResult.Unreadable.class);
        assertThat(((ReadResult.Unreadable) result).passwordProtected()).isTrue();
    }

    @Test
    void scannedPdfWithoutTextLayerNeedsManualEntry() throws Exception {
        assertThat(readAll("scanned-image-pdf.eml")).singleElement().isInstanceOf(ReadResult.NeedsManualEntry.class);
    }

    @Test
    void letterIsNotAForm() throws Exception {
        assertThat(readAll("not-a-form.eml")).singleElement().isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void executableNamedLikeAFormIsNotAForm() throws Exception {
        assertThat(readAll("executable.eml")).singleElement().isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void emailWithoutAttachmentHasNoDocument() throws Exception {
        assertThat(attachments("forgot-attachment.eml")).isEmpty();
    }

    @Test
    void missingMandatoryFieldsAreEachNamedByTheirPrintedLabel() throws Exception {
        ReadResult.Read read = (ReadResult.Read) readAll("missing-mandatory-fields.eml").get(0);
        assertThat(read.problems()).extracting(FormProblem::field)
                .containsExactly("Child's First Name", "Child's Last Name", "Date of referral");
        assertThat(read.problems()).extracting(FormProblem::problem).containsOnly("is missing");
    }

    @Test
    void deathBeforeBirthAndReferralInTheFutureAreProblems() throws Exception {
        ReadResult.Read read = (ReadResult.Read) readAll("impossible-dates.eml").get(0);
        assertThat(read.problems()).containsExactlyInAnyOrder(
                new FormProblem("Date of referral", "is in the future", "Check the date of the referral"),
                new FormProblem("D.O.D (if applicable)", "is before the child's date of birth (D.O.B)",
                        "Check the child's dates of birth and death"));
    }

    @Test
    void formReachedThroughForwardedMessageAndSignedMultipartIsRead() throws Exception {
        assertThat(attachments("forwarded-as-attachment.eml")).extracting(Attachment::fileName)
                .containsExactly("referral-101-18.docx");
        assertThat(attachments("smime-signed.eml")).extracting(Attachment::fileName)
                .containsExactly("referral-101-19.docx", "smime.p7s");
        List<ReadResult> signed = readAll("smime-signed.eml");
        assertThat(signed.get(0)).isInstanceOf(ReadResult.Read.class);
        assertThat(signed.get(1)).isInstanceOf(ReadResult.NotAForm.class);
    }

    private static List<ReadResult> readAll(String email) throws Exception {
        return attachments(email).stream().map(a -> READER.read(a.bytes(), TODAY)).toList();
    }

    static List<Attachment> attachments(String email) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(BAD.resolve(email))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<Attachment> found = new ArrayList<>();
            walk(message, found);
            return found;
        }
    }

    private static void walk(Part part, List<Attachment> found) throws IOException, MessagingException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, found);
            }
        } else if (part.isMimeType("message/rfc822")) {
            walk((Message) part.getContent(), found);
        } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                found.add(new Attachment(part.getFileName(), in.readAllBytes()));
            }
        }
    }
}
