package uk.org.hscp.notifier.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Looks for personal data in e-mails the service sent: every header (decoded), every part (transfer
 * encoding undone, HTML entities resolved), every attachment, and the raw bytes, ignoring case and runs of
 * white space. The message's own recipient addresses are set aside first (an e-mail has to name whom it is
 * to). Use it on every e-mail a test causes:
 *
 * <pre>
 * PersonalDataScan.of(List.of("Kai", "Fairbrother")).withDates(LocalDate.of(2017, 1, 17)).assertNoneIn(messages);
 * PersonalDataScan.fromGroundTruth(Path.of("../shared/forms/good/referral-101-00.json")).assertNoneIn(messages);
 * </pre>
 */
public final class PersonalDataScan {

    /** One piece of personal data found, and where. */
    public record Finding(String needle, String where, String messageId) {
    }

    /** Keys of the forms' ground truth (shared/forms) whose values are personal data. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("firstname", "lastname", "name", "aliases",
            "dateofbirth", "dateofdeath", "nhsnumber", "educationsetting", "address", "referrername", "telephone",
            "email", "caseoutline", "casesummaryanalysis", "strengthsandchallenges");

    private static final int SHORTEST = 3;

    private final Set<String> needles;

    private PersonalDataScan(Collection<String> needles) {
        this.needles = new LinkedHashSet<>();
        for (String needle : needles) {
            if (needle != null && needle.strip().length() >= SHORTEST) {
                this.needles.add(normalise(needle));
            }
        }
    }

    public static PersonalDataScan of(Collection<String> needles) {
        return new PersonalDataScan(needles);
    }

    /** Every identifying value of a form in the parse contract's JSON (shared/forms ground truth, case_form). */
    public static PersonalDataScan fromFormJson(String json) {
        try {
            List<String> values = new ArrayList<>();
            collect(new ObjectMapper().readTree(json), false, values);
            PersonalDataScan scan = new PersonalDataScan(values);
            for (String value : values) {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    scan = scan.withDates(LocalDate.parse(value));
                }
            }
            return scan;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON", e);
        }
    }

    public static PersonalDataScan fromGroundTruth(Path json) {
        try {
            return fromFormJson(Files.readString(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + json, e);
        }
    }

    public PersonalDataScan and(Collection<String> more) {
        List<String> all = new ArrayList<>(needles);
        all.addAll(more);
        return new PersonalDataScan(all);
    }

    /** Adds each date in the ways people write dates (2017-01-17, 17/01/2017, 17 January 2017, 17.01.17, …). */
    public PersonalDataScan withDates(LocalDate... dates) {
        List<String> forms = new ArrayList<>();
        for (LocalDate date : dates) {
            forms.addAll(dateForms(date));
        }
        return and(forms);
    }

    public static List<String> dateForms(LocalDate date) {
        return List.of("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yy", "dd.MM.yyyy", "dd-MM-yyyy", "d MMMM yyyy",
                "d MMM yyyy", "MMMM d, yyyy", "EEEE d MMMM yyyy", "yyyyMMdd").stream()
                .map(p -> DateTimeFormatter.ofPattern(p, Locale.UK).format(date)).toList();
    }

    public Set<String> needles() {
        return Set.copyOf(needles);
    }

    public List<Finding> findIn(MimeMessage message) {
        try {
            String id = message.getMessageID();
            Set<String> recipients = new LinkedHashSet<>();
            Address[] all = message.getAllRecipients();
            if (all != null) {
                for (Address address : all) {
                    if (address instanceof InternetAddress internet) {
                        recipients.add(internet.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
            List<String[]> texts = new ArrayList<>();
            var raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            texts.add(new String[] {"raw bytes", raw.toString(StandardCharsets.UTF_8)});
            texts.add(new String[] {"raw bytes (unfolded)", raw.toString(StandardCharsets.UTF_8).replace("=\r\n", "")
                    .replace("\r\n ", " ").replace("\r\n\t", " ")});
            collectPart(message, "message", texts, 0);
            List<Finding> findings = new ArrayList<>();
            for (String[] text : texts) {
                String haystack = normalise(text[1]);
                for (String recipient : recipients) {
                    haystack = haystack.replace(recipient, "<recipient>");
                }
                for (String needle : needles) {
                    if (haystack.contains(needle)) {
                        findings.add(new Finding(needle, text[0], id));
                    }
                }
            }
            return findings;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a sent e-mail", e);
        }
    }

    /** Texts that are not e-mails, such as the anonymised bodies kept in the delivery log. */
    public List<Finding> findIn(String where, String text) {
        List<Finding> findings = new ArrayList<>();
        String haystack = normalise(text == null ? "" : text);
        for (String needle : needles) {
            if (haystack.contains(needle)) {
                findings.add(new Finding(needle, where, null));
            }
        }
        return findings;
    }

    public void assertNoneIn(Collection<MimeMessage> messages) {
        assertThat(messages).as("e-mails to scan").isNotEmpty();
        List<Finding> findings = new ArrayList<>();
        for (MimeMessage message : messages) {
            findings.addAll(findIn(message));
        }
        assertThat(findings).as("personal data in %d e-mails", messages.size()).isEmpty();
    }

    private static void collectPart(Part part, String where, List<String[]> into, int depth)
            throws MessagingException, IOException {
        if (depth > 8) {
            return;
        }
        Enumeration<Header> headers = part.getAllHeaders();
        while (headers.hasMoreElements()) {
            Header header = headers.nextElement();
            into.add(new String[] {where + " header " + header.getName(), decode(header.getValue())});
        }
        if (part.getFileName() != null) {
            into.add(new String[] {where + " file name", decode(part.getFileName())});
        }
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectPart(multipart.getBodyPart(i), where + "/" + (i + 1), into, depth + 1);
            }
            return;
        }
        if (content instanceof MimeMessage nested) {
            collectPart(nested, where + "/message", into, depth + 1);
            return;
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        into.add(new String[] {where + " body (" + part.getContentType() + ")", text});
        if (part.isMimeType("text/html")) {
            into.add(new String[] {where + " body (HTML as text)",
                    HtmlUtils.htmlUnescape(text.replaceAll("<[^>]*>", " "))});
        }
        if (part.isMimeType("text/calendar")) {
            into.add(new String[] {where + " calendar (unfolded)", text.replace("\r\n ", "").replace("\\,", ",")
                    .replace("\\;", ";").replace("\\n", " ")});
        }
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (IOException | RuntimeException e) {
            return value;
        }
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static void collect(JsonNode node, boolean identifying, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(),
                    identifying || IDENTIFYING_KEYS.contains(f.getKey().toLowerCase(Locale.ROOT)), into));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, identifying, into));
        } else if (identifying && node.isTextual()) {
            into.add(node.asText());
            if (node.asText().matches("\\d{10}")) { // an NHS number, also as 3 3 4
                String n = node.asText();
                into.add(n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6));
            }
        }
    }
}
