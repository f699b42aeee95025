package uk.org.hscp.notifier.reliability;

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
import uk.org.hscp.notifier.support.PersonalDataScan;

/**
 * Referral e-mails made from the 24 sample referrals of ../shared/forms/good (read where they live), each copy
 * with its own Message-ID and attachment bytes that differ without changing the form (a ZIP comment in a .docx,
 * a PDF comment after %%EOF, trailing bytes after a .doc): the service takes the same bytes again as a DUPLICATE.
 */
final class Referrals {

    static final Path GOOD = Path.of("..", "shared", "forms", "good");
    static final Path BAD = Path.of("..", "shared", "forms", "bad");
    private static final Session SESSION = Session.getInstance(new Properties());

    private final List<Path> samples;
    private final String run;

    Referrals(String run) {
        this.run = run;
        try (Stream<Path> files = Files.list(GOOD)) {
            this.samples = files.filter(p -> p.getFileName().toString().matches("referral-.*\\.eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No sample forms at " + GOOD.toAbsolutePath(), e);
        }
        if (samples.size() != 24) {
            throw new IllegalStateException("Expected the 24 sample referrals in " + GOOD + ", found " + samples.size());
        }
    }

    List<Path> samples() {
        return samples;
    }

    /** The n-th copy (sample n mod 24), stamped with its name "run-n" in X-Reliability-Sample. */
    byte[] copy(int n) {
        String name = run + "-" + n;
        Path sample = samples.get(n % samples.size());
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(Files.readAllBytes(sample))) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<reliability-" + name + "@hampshire.police.uk>");
                }
            };
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    String file = part.getFileName();
                    byte[] varied = DistinctForms.vary(part.getInputStream().readAllBytes(), file, "reliability " + name);
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(varied, part.getContentType())));
                    part.setFileName(file);
                }
            }
            message.setContent(parts);
            message.saveChanges();
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return Mailbox.stamped(out.toByteArray(), name);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not make referral e-mail " + name, e);
        }
    }

    /** Every identifying value of every sample form (their ground-truth JSON), to look for in logs and e-mails. */
    static PersonalDataScan personalData() {
        PersonalDataScan scan = PersonalDataScan.of(List.of());
        try (Stream<Path> truths = Files.list(GOOD)) {
            for (Path truth : truths.filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json")).toList()) {
                scan = scan.and(PersonalDataScan.fromGroundTruth(truth).needles());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scan;
    }

}
