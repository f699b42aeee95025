package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * The canary: a case whose every identifying field, and every field of its form, holds distinctive fake
 * personal data; every kind of notice is requested about it (with lines that try to smuggle some of it
 * out), rendered and sent through GreenMail. None of that data may appear in any header, body or attachment
 * of any e-mail, nor in the bodies kept in the delivery log.
 */
@ServiceTest
public class PersonalDataCanaryTests {

    public static final LocalDate BORN = LocalDate.of(2016, 2, 29);
    public static final LocalDate DIED = LocalDate.of(2026, 9, 13);

    /** The canary referral: the Reports tests put it among their cases too. */
    public static final String FORM = """
            {
              "formType": "LIG_REFERRAL",
              "child": {
                "firstName": "Zephyrine", "lastName": "Quillfeather-Canary", "aliases": ["Zizi Canarywing"],
                "ethnicity": "Canary Islander", "dateOfBirth": "2016-02-29", "dateOfDeath": "2026-09-13",
                "gender": "FEMALE", "nhsNumber": "9990001234",
                "educationSetting": "Marrowbone Canary Academy",
                "address": "17 Lanternfish Row, Canarybury, SO99 9ZZ"
              },
              "parentsCarers": [
                {"name": "Persephone Quillfeather-Canary", "aliases": ["Percy Canarywing"], "relationship": "Mother",
                 "dateOfBirth": "1990-07-04"},
                {"name": "Barnaby Wexcombe-Canary", "aliases": [], "relationship": "Stepfather", "dateOfBirth": "1985-03-17"}
              ],
              "siblings": [
                {"name": "Tobiah Quillfeather-Canary", "aliases": [], "relationship": "Brother", "dateOfBirth": "2019-12-25"}
              ],
              "referral": {
                "date": "2026-10-08", "referrerName": "Ottoline Pennywhistle", "agency": "Hampshire Constabulary",
                "telephone": "023 9999 0123", "email": "ottoline.pennywhistle@hampshire.police.uk"
              },
              "caseOutline": "Zephyrine was found by the canary keeper Ignatius Fumblewick at Lanternfish Row.",
              "caseSummaryAnalysis": "Marrowbone Canary Academy raised concerns about Zephyrine's attendance.",
              "strengthsAndChallenges": "Dr Hortensia Grimblewort (GP) knew the family well."
            }
            """;

    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestMailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    /**
     * A sample form of ../shared/forms with every text field replaced by canary text naming the field, and
     * every date by the canary child's date of birth: the other form types, filled in every field.
     */
    static String canaryForm(String groundTruth) {
        try {
            var json = new ObjectMapper();
            JsonNode form = json.readTree(TestMailbox.SHARED_FORMS.resolve("good/" + groundTruth).toFile());
            return json.writeValueAsString(canaryFilled(form, "form"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode canaryFilled(JsonNode node, String path) {
        if (node.isObject()) {
            var copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getKey().equals("formType")
                    ? field.getValue() : canaryFilled(field.getValue(), path + "." + field.getKey())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(canaryFilled(node.get(i), path + "[" + i + "]"));
            }
            return copy;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().matches("\\d{4}-\\d{2}-\\d{2}") ? BORN.toString()
                    : "Canary " + path.replaceAll("\\W+", " ").strip());
        }
        return node;
    }

    public static PersonalDataScan canary() {
        return PersonalDataScan.fromFormJson(FORM)
                .and(List.of("canary", "Zephyrine", "Quillfeather", "Canarywing", "Canarybury", "Lanternfish",
                        "SO99 9ZZ", "999 000 1234", "Pennywhistle", "Wexcombe", "Tobiah", "Persephone",
                        "Fumblewick", "Grimblewort"))
                .withDates(BORN, DIED);
    }

    @Test
    void noPersonalDataOfTheCaseOrItsFormsLeavesInAnyEmailOfAnyKind() {
        Instant now = clock.instant();
        long caseId = TestCases.insertCase(jdbc, "HSCP-2026-0301", "Child C", "Zephyrine", "Quillfeather-Canary",
                BORN, "ottoline.pennywhistle@hampshire.police.uk", now);
        long emailId = TestCases.insertInboundEmail(jdbc, "jo.whitcombe@hampshire.police.uk",
                "LIG referral: Zephyrine Quillfeather-Canary DOB 29/02/2016", "<lig-referral-301@hampshire.police.uk>",
                now.minus(Duration.ofHours(2)));
        TestCases.insertForm(jdbc, caseId, emailId, "LIG_REFERRAL", FORM, now);
        TestCases.insertForm(jdbc, caseId, emailId, "LIG_REFERRAL_RESPONSE", canaryForm("response-101-01.json"), now);
        TestCases.insertForm(jdbc, caseId, emailId, "RAPID_REVIEW", canaryForm("rapid-review-101-00.json"), now);
        for (String timescale : List.of("SUMMARY_OF_INVOLVEMENT", "RAPID_REVIEW", "PANEL_RESPONSE", "FINAL_REPORT")) {
            TestCases.insertDeadline(jdbc, caseId, timescale, "Catalogue title of " + timescale, "8.2.3", "HSCP team",
                    null, Instant.parse("2026-12-04T23:59:59Z"), now);
        }
        long panel = TestCases.insertDeadline(jdbc, caseId, "PANEL_NOTIFICATION",
                "Local authority notifies the Child Safeguarding Practice Review Panel", "5.1", "local authority", null,
                Instant.parse("2026-11-20T23:59:59Z"), now);
        long before = TestCases.insertReminder(jdbc, panel, "BEFORE_DUE", now, "LOCAL_AUTHORITY");
        long overdue = TestCases.insertReminder(jdbc, panel, "OVERDUE_ESCALATION", now, "LIG_CHAIR,BUSINESS_MANAGER");

        List<String> smuggled = List.of("Child's surname 'Quillfeather-Canary' does not match the referral",
                "Date of birth 29/02/2016 is after the referral date",
                "NHS number 999 000 1234 fails its check digit",
                "Seen at 17 Lanternfish Row, Canarybury SO99 9ZZ by Ottoline Pennywhistle (023 9999 0123)",
                "Last reply: 550 <ottoline.pennywhistle@hampshire.police.uk> unknown user");
        transaction.executeWithoutResult(status -> {
            for (NoticeKind kind : NoticeKind.values()) {
                Long deadline = kind == NoticeKind.REMINDER || kind == NoticeKind.ESCALATION ? Long.valueOf(panel) : null;
                Long reminder = kind == NoticeKind.REMINDER ? Long.valueOf(before)
                        : kind == NoticeKind.ESCALATION ? Long.valueOf(overdue) : null;
                notices.request(new NoticeRequest(kind, caseId, emailId, deadline, reminder, smuggled));
            }
        });

        List<DeliveryProbe.Row> rows = new ArrayList<>();
        Set<NoticeKind> sent = EnumSet.noneOf(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            var delivered = probe.awaitAll(probe.noticeId(kind.name(), caseId, emailId), "SENT");
            rows.addAll(delivered);
            sent.add(kind);
        }
        assertThat(sent).containsExactlyInAnyOrder(NoticeKind.values());
        List<MimeMessage> messages = probe.awaitReceived(rows);
        assertThat(messages).hasSize(rows.size()).hasSizeGreaterThan(NoticeKind.values().length);

        canary().assertNoneIn(messages);
        for (var row : rows) {
            assertThat(canary().findIn("log body of delivery " + row.id(), row.body())).isEmpty();
            assertThat(canary().findIn("log subject of delivery " + row.id(), row.subject())).isEmpty();
            assertThat(row.body()).contains("HSCP-2026-0301").contains("Child C");
        }
        assertThat(rows).filteredOn(r -> r.kind().equals("FORM_QUERY")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("surname '[withheld]' does not match"));
        assertThat(rows).filteredOn(r -> r.kind().equals("REMINDER")).allSatisfy(r -> assertThat(r.body())
                .contains("Local authority notifies the Child Safeguarding Practice Review Panel"));
    }

    @Test
    void theScanItselfFindsPersonalDataWhereThereIsSome() throws Exception {
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());
        var leaky = new MimeMessage(session);
        leaky.setFrom("hscp@hants.gov.uk");
        leaky.setRecipients(jakarta.mail.Message.RecipientType.TO, "lig.police@hscp.example");
        leaky.setSubject("About Zephyrine", "UTF-8");
        var text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Born 29 February 2016.", "UTF-8");
        var file = new jakarta.mail.internet.MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                "NHS 9990001234".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/octet-stream")));
        file.setFileName("notes.bin");
        leaky.setContent(new jakarta.mail.internet.MimeMultipart(text, file));
        leaky.saveChanges();

        var findings = canary().findIn(leaky);

        assertThat(findings).extracting(PersonalDataScan.Finding::needle)
                .contains("zephyrine", "29 february 2016", "9990001234");
    }
}
