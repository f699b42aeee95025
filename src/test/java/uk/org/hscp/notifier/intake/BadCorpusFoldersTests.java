package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The hostile corpus of ../shared/forms/bad arriving in one burst: each e-mail leaves the inbox once, for
 * Quarantine when its outcome is QUARANTINED (also when form reading decided it, after the mailbox route) and
 * for Processed otherwise, as ../shared/forms/bad/expected.json says.
 */
@ServiceTest
class BadCorpusFoldersTests {

    @Autowired TestMailbox mailbox;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void everyEmailEndsOnceInTheFolderOfItsOutcomeAndTheInboxIsEmpty() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(TestMailbox.SHARED_FORMS.resolve("bad/expected.json").toFile());
        // the folders outlive a test: count what each Message-ID gains
        Map<String, Map<String, Long>> before = new HashMap<>();
        Map<String, Map<String, Long>> gain = new HashMap<>();
        for (JsonNode item : expected) {
            byte[] eml = TestMailbox.sample("bad/" + item.get("email").asText());
            String id = TestMailbox.messageIdOf(eml);
            before.computeIfAbsent(id, k -> counts(k));
            String folder = item.get("outcome").asText().equals("QUARANTINED") ? "Quarantine" : "Processed";
            gain.computeIfAbsent(id, k -> new HashMap<>(Map.of("INBOX", 0L, "Processed", 0L, "Quarantine", 0L)))
                    .merge(folder, 1L, Long::sum);
        }
        for (JsonNode item : expected) {
            mailbox.deliver(TestMailbox.sample("bad/" + item.get("email").asText()));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (var entry : gain.entrySet()) {
                Map<String, Long> now = counts(entry.getKey());
                Map<String, Long> gained = new HashMap<>();
                now.forEach((folder, n) -> gained.put(folder, n - before.get(entry.getKey()).get(folder)));
                assertThat(gained).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_email WHERE outcome = 'PENDING'").query(Long.class).single())
                .isZero();
    }

    private Map<String, Long> counts(String messageId) {
        Map<String, Long> counts = new HashMap<>();
        for (String folder : List.of("INBOX", "Processed", "Quarantine")) {
            counts.put(folder, mailbox.count(folder, messageId));
        }
        return counts;
    }
}
