package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.dispatch.infra.RecipientsProperties;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestMailbox;

/** Every sample e-mail of ../shared/forms, delivered to the running service, gets the outcome it must. */
@ServiceTest
class SampleFormsEndToEndTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired KnownSenders knownSenders;
    @Autowired RecipientsProperties recipients;

    @BeforeEach
    void freshService() {
        Database.clean(jdbc);
    }

    @Test
    void everyHostileEmailGetsItsExpectedOutcomeAndIsKeptWhole() throws Exception {
        JsonNode expected = JSON.readTree(TestMailbox.SHARED_FORMS.resolve("bad/expected.json").toFile());
        List<String> mismatches = new ArrayList<>();
        int delivered = 0;
        for (JsonNode item : expected) {
            String file = item.get("email").asText();
            byte[] eml = TestMailbox.sample("bad/" + file);
            mailbox.deliver(eml);
            delivered++;
            EmailJournal.Entry entry = awaitNewestDecided(delivered);

            String outcome = entry.outcome().name();
            String reason = entry.reason() == null ? null : entry.reason().name();
            String formType = entry.formType();
            if (!outcome.equals(item.get("outcome").asText()) || !same(reason, item.get("reason"))
                    || !same(formType, item.get("formType"))) {
                mismatches.add(file + ": expected " + item.get("outcome").asText() + "/" + item.get("reason") + "/"
                        + item.get("formType") + " but was " + outcome + "/" + reason + "/" + formType
                        + " (" + entry.detail() + ")");
            }
            assertThat(lf(journal.raw(entry.id()))).as(file + " is kept whole").endsWith(lf(eml));
        }
        assertThat(mismatches).isEmpty();

        Map<String, List<String>> replies = repliesBySubjectFile(expected);
        assertThat(replies.get("missing-mandatory-fields.eml")).anyMatch(l -> l.contains("Child's First Name"))
                .anyMatch(l -> l.contains("Child's Last Name")).anyMatch(l -> l.contains("Date of referral"));
        assertThat(replies.get("password-protected-pdf.eml")).anyMatch(l -> l.contains("without a password"));
        assertThat(replies.get("forgot-attachment.eml")).isNotEmpty();
        assertThat(replies.get("unknown-sender.eml")).as("no backscatter").isNull();
        assertThat(replies.get("scanned-image-pdf.eml")).as("kept for the team to key in").isNull();
        assertThat(alertedFiles(expected)).contains("unknown-sender.eml", "scanned-image-pdf.eml", "zip-bomb.eml");
    }

    @Test
    void everyGoodEmailIsAcceptedAttachedToTheRightCaseAndAcknowledged() throws Exception {
        JsonNode index = JSON.readTree(TestMailbox.SHARED_FORMS.resolve("good/index.json").toFile());
        Map<String, String> referenceByNumber = new HashMap<>();
        int delivered = 0;
        for (JsonNode item : index) {
            if (item.get("type").asText().equals("LIG_REFERRAL")) {
                mailbox.deliver(TestMailbox.sample("good/" + item.get("email").asText()));
                delivered++;
                EmailJournal.Entry entry = awaitNewestDecided(delivered);
                assertThat(entry.outcome()).as(item.get("email").asText()).isEqualTo(IntakeOutcome.ACCEPTED);
                assertThat(entry.caseReference()).isNotNull();
                referenceByNumber.put(number(item), entry.caseReference());
            }
        }
        assertThat(referenceByNumber.values()).doesNotHaveDuplicates();

        int notExpected = 0;
        for (JsonNode item : index) {
            String type = item.get("type").asText();
            if (type.equals("LIG_REFERRAL")) {
                continue;
            }
            String file = item.get("email").asText();
            String reference = referenceByNumber.get(number(item));
            mailbox.deliver(withReferenceInSubject(TestMailbox.sample("good/" + file), reference));
            delivered++;
            EmailJournal.Entry entry = awaitNewestDecided(delivered);

            if (type.equals("LIG_REFERRAL_RESPONSE") && !askedForASummary(entry.sender())) {
                // an NHSmail address speaks for no LIG member agency: its response meets no agency's summary
                assertThat(entry.outcome()).as(file).isEqualTo(IntakeOutcome.QUARANTINED);
                assertThat(entry.reason()).as(file).isEqualTo(QuarantineReason.NOT_EXPECTED_FROM_SENDER);
                notExpected++;
                continue;
            }
            assertThat(entry.outcome()).as(file + ": " + entry.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
            assertThat(entry.formType()).as(file).isEqualTo(type);
            assertThat(entry.caseReference()).as(file).isEqualTo(reference);
        }
        assertThat(notExpected).as("the samples hold responses from nhs.net addresses").isPositive();

        int acknowledgements = jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'REFERRAL_ACKNOWLEDGEMENT'")
                .query(Integer.class).single();
        assertThat(acknowledgements).isEqualTo(index.size() - notExpected);
        int formsKept = jdbc.sql("SELECT COUNT(*) FROM case_form").query(Integer.class).single();
        assertThat(formsKept).isEqualTo(index.size() - notExpected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'FORM_QUERY'").query(Integer.class).single())
                .as("no reply to a response from an agency that was not asked").isZero();

        noPersonalDataOfAnyFormLeftInAnyEmailSent(index);
    }

    /** Every e-mail the service sent (acknowledgements, summary requests, alerts) scanned for every form's data. */
    private void noPersonalDataOfAnyFormLeftInAnyEmailSent(JsonNode index) {
        PersonalDataScan scan = PersonalDataScan.of(List.of());
        for (JsonNode item : index) {
            scan = scan.and(PersonalDataScan.fromGroundTruth(
                    TestMailbox.SHARED_FORMS.resolve("good/" + item.get("truth").asText())).needles());
        }
        List<String> messageIds = await().atMost(Duration.ofSeconds(90)).until(
                () -> jdbc.sql("SELECT status, message_id FROM delivery")
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list(),
                rows -> !rows.isEmpty() && rows.stream().allMatch(r -> r.startsWith("SENT ")))
                .stream().map(r -> r.substring("SENT ".length())).toList();
        var probe = new DeliveryProbe(jdbc, mailbox.server());
        List<MimeMessage> sent = await().atMost(Duration.ofSeconds(30)).until(
                () -> messageIds.stream().flatMap(id -> probe.received(id).stream()).toList(),
                messages -> messages.size() >= messageIds.size());
        scan.assertNoneIn(sent);
        for (String body : jdbc.sql("SELECT body FROM delivery").query(String.class).list()) {
            assertThat(scan.findIn("delivery log body", body)).isEmpty();
        }
    }

    /** The sender's agency (config/agencies.yml) is a LIG member agency: each case asks it for a summary. */
    private boolean askedForASummary(String sender) {
        return knownSenders.agencyOf(sender).map(KnownSenders.Agency::code)
                .filter(recipients.ligMemberAgencies()::containsKey).isPresent();
    }

    /** Waits until the journal holds this many e-mails and the newest has its outcome. */
    private EmailJournal.Entry awaitNewestDecided(int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<EmailJournal.Entry> all = journal.newestFirst(Optional.empty(), 1000);
            if (all.size() != count) {
                return null;
            }
            EmailJournal.Entry newest = all.stream().max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
            return newest.outcome() == IntakeOutcome.PENDING ? null : newest;
        }, entry -> entry != null);
    }

    private Map<String, List<String>> repliesBySubjectFile(JsonNode expected) {
        Map<String, List<String>> replies = new HashMap<>();
        List<Long> ids = journal.newestFirst(Optional.empty(), 1000).stream().map(EmailJournal.Entry::id).sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            List<String> lines = jdbc.sql("SELECT lines FROM notice WHERE kind = 'FORM_QUERY' AND inbound_email_id = :id")
                    .param("id", ids.get(i)).query(String.class).list();
            if (!lines.isEmpty()) {
                replies.put(expected.get(i).get("email").asText(), List.of(lines.get(0).split("\n")));
            }
        }
        return replies;
    }

    private List<String> alertedFiles(JsonNode expected) {
        List<Long> ids = journal.newestFirst(Optional.empty(), 1000).stream().map(EmailJournal.Entry::id).sorted().toList();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int alerts = jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'INTAKE_ALERT' AND inbound_email_id = :id")
                    .param("id", ids.get(i)).query(Integer.class).single();
            if (alerts > 0) {
                files.add(expected.get(i).get("email").asText());
            }
        }
        return files;
    }

    /** The service's reference goes into the subject, as an agency replying to the team's request would have it. */
    static byte[] withReferenceInSubject(byte[] eml, String reference) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        int bodyStart = text.indexOf("\n\n");
        String headers = text.substring(0, bodyStart);
        String subject = headers.lines().filter(l -> l.startsWith("Subject:")).findFirst().orElseThrow();
        String replaced = subject.contains("[HSCP-") ? subject.replaceAll("\\[HSCP-\\d{4}-\\d{4}\\]", "[" + reference + "]")
                : subject.replaceFirst("Subject: ", "Subject: [" + reference + "] ");
        return (headers.replace(subject, replaced) + text.substring(bodyStart)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String number(JsonNode item) {
        String form = item.get("form").asText();
        return form.replaceAll(".*-(\\d+)\\.[a-z]+$", "$1");
    }

    private static boolean same(String actual, JsonNode expected) {
        return expected == null || expected.isNull() ? actual == null : expected.asText().equals(actual);
    }

    private static String lf(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").strip();
    }

    static {
        assert Files.exists(TestMailbox.SHARED_FORMS) : "../shared/forms is missing";
    }
}
