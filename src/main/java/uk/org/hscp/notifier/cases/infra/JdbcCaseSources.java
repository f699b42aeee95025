package uk.org.hscp.notifier.cases.infra;

import java.time.LocalDate;
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

import uk.org.hscp.notifier.anonymise.CaseSource;
import uk.org.hscp.notifier.dispatch.CaseReferrers;

/**
 * What the modules below may read of a case: for the anonymiser exactly the columns it may use, for dispatch the
 * referrer's address. The identifying values (names, aliases, dates, NHS numbers, addresses, schools, contact
 * details, from the case and every form of it) are read only to be withheld.
 */
@Repository
class JdbcCaseSources implements CaseSource, CaseReferrers {

    private static final Logger log = LoggerFactory.getLogger(JdbcCaseSources.class);

    /** Keys of the parse contract (shared/forms) whose values, and everything under them, identify someone. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("firstname", "lastname", "name", "names", "aliases",
            "alias", "dateofbirth", "dateofdeath", "nhsnumber", "educationsetting", "school", "address", "postcode",
            "referrername", "telephone", "phone", "email", "practitioner", "practitioners", "completedby", "signedby");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcCaseSources(JdbcClient jdbc, ObjectMapper json) {
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
    public Optional<String> referrerEmail(long caseId) {
        return jdbc.sql("SELECT referrer_email FROM review_case WHERE id = :id").param("id", caseId)
                .query(String.class).optional();
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
