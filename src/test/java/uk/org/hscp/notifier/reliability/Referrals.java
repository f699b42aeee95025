package uk.org.hscp.notifier.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
                    byte[] varied = vary(part.getInputStream().readAllBytes(), file, name);
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

    private static byte[] vary(byte[] file, String name, String mark) {
        byte[] bytes = ("reliability " + mark).getBytes(StandardCharsets.US_ASCII);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return withZipComment(file, bytes);
        }
        if (lower.endsWith(".pdf")) {
            return concat(file, ("\n%" + new String(bytes, StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return concat(file, bytes);
    }

    private static byte[] withZipComment(byte[] zip, byte[] comment) {
        int eocd = zip.length - 22;
        while (eocd >= 0 && !(zip[eocd] == 0x50 && zip[eocd + 1] == 0x4b && zip[eocd + 2] == 0x05 && zip[eocd + 3] == 0x06)) {
            eocd--;
        }
        if (eocd < 0) {
            throw new IllegalArgumentException("Not a ZIP archive");
        }
        byte[] out = new byte[eocd + 22 + comment.length];
        System.arraycopy(zip, 0, out, 0, eocd + 20);
        out[eocd + 20] = (byte) comment.length;
        out[eocd + 21] = (byte) (comment.length >> 8);
        System.arraycopy(comment, 0, out, eocd + 22, comment.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
