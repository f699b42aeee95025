package uk.org.hscp.notifier.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.support.PersonalDataScan;

/**
 * Scenario 1 (and 6) of issue 15: one instance of the packaged jar in the production profile, on Dovecot (IMAPS),
 * Postfix (STARTTLS, AUTH), the standalone Artemis broker and PostgreSQL, takes the 24 sample referrals and the
 * hostile corpus of ../shared/forms/bad. Every outcome is the one expected.json gives; the inbox ends empty with each
 * e-mail once in Processed (or, when quarantined, once in Quarantine); every e-mail the service sent reached Postfix
 * once (by Message-ID), among them one acknowledgement per accepted form and 7 summary requests per case; no
 * personal data of the forms in what it sent or in its log.
 */
class SingleInstanceReliabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY_REQUESTS_PER_CASE = 7;

    @Test
    void oneInstanceTakesTheSampleReferralsAndTheHostileCorpusExactlyOnce() throws IOException {
        try (Scenario scenario = Scenario.begin("single")) {
            NotifierProcess service = scenario.instance("a").start();
            scenario.figure("startup_s", round(service.awaitUp(Duration.ofMinutes(4))));

            JsonNode expected = JSON.readTree(Referrals.BAD.resolve("expected.json").toFile());
            Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
            for (JsonNode item : expected) {
                String file = item.get("email").asText();
                bad.put(file, Mailbox.stamped(Files.readAllBytes(Referrals.BAD.resolve(file)), file));
            }
            // duplicate-a first, on its own: the others of its form (duplicate-b, resent-same-form, forwarded-as-
            // attachment) are DUPLICATEs of it, so it must have been taken in before they arrive
            scenario.mailbox.deliver(List.of(bad.remove("duplicate-a.eml")));
            Awaitility.await("duplicate-a.eml taken in").atMost(Duration.ofMinutes(2)).until(
                    () -> outcomes(service).size() == 1 && !outcomes(service).get(0).path("outcome").asText().equals("PENDING"));

            Referrals referrals = new Referrals("single");
            List<byte[]> rest = new ArrayList<>(bad.values());
            for (int n = 0; n < referrals.samples().size(); n++) {
                rest.add(referrals.copy(n));
            }
            long delivered = System.nanoTime();
            scenario.mailbox.deliver(rest);
            int emails = 1 + rest.size();

            Awaitility.await("every e-mail decided and every notice sent").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        List<JsonNode> all = outcomes(service);
                        return all.size() == emails && all.stream().noneMatch(e -> e.path("outcome").asText().equals("PENDING"))
                                && scenario.count("SELECT COUNT(*) FROM notice WHERE status <> 'DISPATCHED'") == 0
                                && scenario.count("SELECT COUNT(*) FROM delivery WHERE status NOT IN ('SENT', 'PERMANENT_FAILURE', 'BOUNCED', 'CANCELLED')") == 0
                                && scenario.sent.files().size() >= scenario.count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'");
                    });
            scenario.figure("intake_and_notices_s", round((System.nanoTime() - delivered) / 1e9));

            SoftAssertions soft = new SoftAssertions();
            List<JsonNode> outcomes = outcomes(service);

            // outcomes as expected.json (and ACCEPTED for each referral), matched by Message-ID
            Map<String, List<String>> expectedById = new TreeMap<>();
            for (JsonNode item : expected) {
                String file = item.get("email").asText();
                expectedById.computeIfAbsent(messageId(Referrals.BAD.resolve(file)), k -> new ArrayList<>())
                        .add(item.get("outcome").asText() + "/" + text(item.get("reason")) + "/" + text(item.get("formType")));
            }
            for (int n = 0; n < referrals.samples().size(); n++) {
                expectedById.put("<reliability-single-" + n + "@hampshire.police.uk>", new ArrayList<>(List.of("ACCEPTED/null/LIG_REFERRAL")));
            }
            Map<String, List<String>> actualById = new TreeMap<>();
            for (JsonNode entry : outcomes) {
                actualById.computeIfAbsent(entry.path("messageId").asText(), k -> new ArrayList<>())
                        .add(entry.path("outcome").asText() + "/" + text(entry.get("reason")) + "/" + text(entry.get("formType")));
            }
            expectedById.values().forEach(v -> v.sort(null));
            actualById.values().forEach(v -> v.sort(null));
            soft.assertThat(actualById).as("outcome/reason/form type of each e-mail, by Message-ID").isEqualTo(expectedById);

            // the mailbox: the inbox empty, each e-mail once, in the folder its outcome says
            Map<String, List<String>> folders = scenario.mailbox.contents();
            soft.assertThat(folders.get("INBOX")).as("e-mails left in the inbox").isEmpty();
            Map<String, String> quarantined = new HashMap<>();
            for (JsonNode item : expected) {
                quarantined.put(item.get("email").asText(), item.get("outcome").asText());
            }
            List<String> inQuarantine = folders.get("Quarantine");
            List<String> inProcessed = folders.get("Processed");
            List<String> all = new ArrayList<>(inQuarantine);
            all.addAll(inProcessed);
            soft.assertThat(all).as("e-mails in Processed and Quarantine").hasSize(emails).doesNotHaveDuplicates();
            soft.assertThat(inQuarantine).as("in Quarantine").containsExactlyInAnyOrderElementsOf(quarantined.entrySet()
                    .stream().filter(e -> e.getValue().equals("QUARANTINED")).map(Map.Entry::getKey).toList());
            scenario.figure("mailbox", "INBOX " + folders.get("INBOX").size() + ", Processed " + inProcessed.size()
                    + ", Quarantine " + inQuarantine.size());

            // what left: every delivery once at Postfix, by Message-ID, and nothing else
            List<Map<String, Object>> deliveries = scenario.query("SELECT notice_kind, status, message_id FROM delivery");
            Map<String, Integer> atPostfix = scenario.sent.countsByMessageId();
            Map<String, Long> sentByKind = deliveries.stream().filter(d -> "SENT".equals(d.get("status")))
                    .collect(Collectors.groupingBy(d -> (String) d.get("notice_kind"), TreeMap::new, Collectors.counting()));
            scenario.figure("deliveries_sent_by_kind", sentByKind);
            soft.assertThat(deliveries).as("deliveries not SENT").filteredOn(d -> !"SENT".equals(d.get("status"))).isEmpty();
            long accepted = outcomes.stream().filter(e -> e.path("outcome").asText().equals("ACCEPTED")
                    && !e.path("reason").asText("").matches("OWN_NOTICE|AUTO_REPLY")).count();
            soft.assertThat(sentByKind.getOrDefault("REFERRAL_ACKNOWLEDGEMENT", 0L)).as("acknowledgements").isEqualTo(accepted);
            soft.assertThat(sentByKind.getOrDefault("SUMMARY_OF_INVOLVEMENT_REQUEST", 0L)).as("summary requests")
                    .isEqualTo(accepted * SUMMARY_REQUESTS_PER_CASE);
            Map<String, Integer> notOnce = new TreeMap<>();
            for (Map<String, Object> delivery : deliveries) {
                String id = (String) delivery.get("message_id");
                int copies = atPostfix.getOrDefault(id, 0);
                if (copies != 1) {
                    notOnce.put(delivery.get("notice_kind") + " " + id, copies);
                }
            }
            soft.assertThat(notOnce).as("deliveries not at Postfix exactly once (copies)").isEmpty();
            soft.assertThat(atPostfix.size()).as("distinct Message-IDs at Postfix").isEqualTo(deliveries.size());
            scenario.figure("at_postfix", atPostfix.values().stream().mapToInt(Integer::intValue).sum() + " e-mails, "
                    + atPostfix.size() + " Message-IDs, " + deliveries.size() + " deliveries");

            // no personal data of the forms in any e-mail that left
            PersonalDataScan scan = Referrals.personalData();
            List<PersonalDataScan.Finding> findings = new ArrayList<>();
            for (Path file : scenario.sent.files()) {
                findings.addAll(scan.findIn(SentMail.parse(file)));
            }
            soft.assertThat(findings).as("personal data in the e-mails sent").isEmpty();
            scenario.figure("emails_scanned", scenario.sent.files().size() + " e-mails, " + scan.needles().size() + " terms");

            soft.assertThat(scenario.personalDataInLogs()).as("personal data of the forms in the service's logs").isEmpty();
            soft.assertAll();
        }
    }

    private static List<JsonNode> outcomes(NotifierProcess service) {
        List<JsonNode> entries = new ArrayList<>();
        service.api("/api/intake?size=1000").forEach(entries::add);
        return entries;
    }

    static String messageId(Path eml) throws IOException {
        return SentMail.messageId(eml);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asText();
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
