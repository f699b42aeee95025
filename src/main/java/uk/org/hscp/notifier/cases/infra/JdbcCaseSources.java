package uk.org.hscp.notifier.dispatch.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.anonymise.AnonymiserSources;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Reads for the anonymiser exactly the columns it may use. The identifying values (names, aliases, dates,
 * NHS numbers, addresses, schools, contact details, from the case and every form of it) are read only to be
 * withheld.
 */
@Repository
class JdbcAnonymiserSources implements AnonymiserSources {

    private static final Logger log = LoggerFactory.getLogger(JdbcAnonymiserSources.class);

    /** Keys of the parse contract (shared/forms) whose values, and everything under them, identify someone. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("firstname", "lastname", "name", "names", "aliases",
            "alias", "dateofbirth", "dateofdeath", "nhsnumber", "educationsetting", "school", "address", "postcode",
            "referrername", "telephone", "phone", "email", "practitioner", "practitioners", "completedby", "signedby");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAnonymiserSources(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<CaseKey> caseKey(long caseId) {
        return jdbc.sql("SELECT reference, pseudonym, child_date_of_birth FROM review_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, n) -> new CaseKey(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<DeadlineFacts> deadline(long deadlineId) {
        return jdbc.sql("SELECT id, title, section, who_must_act, due_at, version, status FROM deadline WHERE id = :id")
                .param("id", deadlineId)
                .query((rs, n) -> new DeadlineFacts(rs.getLong("id"), rs.getString("title"), rs.getString("section"),
                        rs.getString("who_must_act"),
                        Timestamps.instant(rs.getObject("due_at", OffsetDateTime.class)), rs.getInt("version"),
                        rs.getString("status")))
                .optional();
    }

    @Override
    public Optional<String> reminderKind(long reminderId) {
        return jdbc.sql("SELECT kind FROM reminder WHERE id = :id").param("id", reminderId).query(String.class)
                .optional();
    }

    @Override
    public Optional<Instant> emailReceivedAt(long inboundEmailId) {
        return jdbc.sql("SELECT received_at FROM inbound_email WHERE id = :id").param("id", inboundEmailId)
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).optional();
    }

    @Override
    public Collection<String> identifyingValues(long caseId) {
        Set<String> values = new LinkedHashSet<>();
        jdbc.sql("SELECT child_first_name, child_last_name, referrer_email, child_date_of_birth FROM review_case WHERE id = :id")
                .param("id", caseId)
                .query(rs -> {
                    for (int i = 1; i <= 4; i++) {
                        Object value = rs.getObject(i);
                        if (value != null) {
                            values.add(value.toString());
                        }
                    }
                });
        List<String> forms = jdbc.sql("SELECT form_json FROM case_form WHERE case_id = :id").param("id", caseId)
                .query(String.class).list();
        for (String form : forms) {
            try {
                collect(json.readTree(form), false, values);
            } catch (Exception e) {
                log.warn("A form of case {} is not readable JSON; its values cannot be withheld by name", caseId);
            }
        }
        return new ArrayList<>(values);
    }

    private static void collect(JsonNode node, boolean identifying, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(field.getValue(),
                    identifying || IDENTIFYING_KEYS.contains(field.getKey().toLowerCase(java.util.Locale.ROOT)), into));
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, identifying, into));
        } else if (identifying && node.isTextual() && !node.asText().isBlank()) {
            into.add(node.asText());
        }
    }
}
