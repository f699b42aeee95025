package uk.org.hscp.notifier.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import uk.org.hscp.notifier.support.DistinctForms;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * Distinct referral e-mails made from the sample referrals of ../shared/forms/good, read where they live. The
 * service takes an attachment whose bytes it accepted before as a DUPLICATE (no case, no acknowledgement), so
 * each copy gets its own Message-ID and attachment bytes that differ without changing the form: a ZIP archive
 * comment in a .docx, a PDF comment after the end of a .pdf, and trailing bytes after a .doc's last sector.
 */
final class ReferralEmails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final List<byte[]> samples;
    private final String run;

    ReferralEmails(String run) {
        this.run = run;
        try (Stream<Path> files = Files.list(TestMailbox.SHARED_FORMS.resolve("good"))) {
            this.samples = files.filter(p -> p.getFileName().toString().matches("referral-.*\\.eml")).sorted()
                    .map(ReferralEmails::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("No sample referrals in " + TestMailbox.SHARED_FORMS.resolve("good"));
        }
    }

    int samples() {
        return samples.size();
    }

    /** The n-th copy: sample n modulo the number of samples, its own Message-ID and attachment bytes. */
    MimeMessage copy(int n) {
        String messageId = messageId(n);
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(samples.get(n % samples.size()))) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    byte[] varied = DistinctForms.vary(part.getInputStream().readAllBytes(), part.getFileName(),
                            "bench " + run + " " + n);
                    String name = part.getFileName();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(varied, part.getContentType())));
                    part.setFileName(name);
                }
            }
            message.setContent(parts);
            message.saveChanges();
            return message;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not make referral e-mail " + n, e);
        }
    }

    String messageId(int n) {
        return "<bench-" + run + "-" + n + "@hampshire.police.uk>";
    }

    static byte[] bytes(MimeMessage message) {
        try {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
