package uk.org.hscp.notifier.cases.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseFile;
import uk.org.hscp.notifier.cases.CaseForm;
import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.cases.NewCase;
import uk.org.hscp.notifier.cases.Pseudonyms;
import uk.org.hscp.notifier.platform.InLists;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcCases implements Cases {

    private static final String SUMMARY = "SELECT id, reference, pseudonym, status, opened_at FROM review_case";
    private static final String FORM = "SELECT id, case_id, form_type, attachment_name, received_at, inbound_email_id,"
            + " form_json FROM case_form";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    JdbcCases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseSummary open(NewCase newCase, Instant openedAt) {
        int year = openedAt.atZone(zone).getYear();
        CaseReference reference = CaseReference.of(year, next("reference-" + year));
        String pseudonym = Pseudonyms.nth(next("pseudonym"));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_case (reference, pseudonym, status, opened_at, child_first_name, child_last_name,
                    child_date_of_birth, referring_agency, referrer_email, referral_date)
                VALUES (:reference, :pseudonym, 'OPEN', :openedAt, :first, :last, :dob, :agency, :email, :referralDate)""")
                .param("reference", reference.value()).param("pseudonym", pseudonym)
                .param("openedAt", Timestamps.utc(openedAt))
                .param("first", newCase.childFirstName()).param("last", newCase.childLastName())
                .param("dob", newCase.childDateOfBirth()).param("agency", newCase.referringAgency())
                .param("email", newCase.referrerEmail()).param("referralDate", newCase.referralDate())
                .update(keys, "id");
        return new CaseSummary(keys.getKey().longValue(), reference, pseudonym, "OPEN", openedAt);
    }

    /**
     * The next number of a counter; the row lock taken by the UPDATE hands numbers out in order. A counter's
     * first use creates its row: when two transactions do so at once, ON CONFLICT makes the second wait for the
     * first and then count on from it (a failed INSERT would abort the whole transaction on PostgreSQL).
     */
    private int next(String counter) {
        int updated = increment(counter);
        if (updated == 0) {
            jdbc.sql("INSERT INTO case_counter (name, last_value) VALUES (:name, 0) ON CONFLICT DO NOTHING")
                    .param("name", counter).update();
            increment(counter);
        }
        return jdbc.sql("SELECT last_value FROM case_counter WHERE name = :name").param("name", counter)
                .query(Integer.class).single();
    }

    private int increment(String counter) {
        return jdbc.sql("UPDATE case_counter SET last_value = last_value + 1 WHERE name = :name")
                .param("name", counter).update();
    }

    @Override
    public Optional<CaseSummary> find(long id) {
        return jdbc.sql(SUMMARY + " WHERE id = :id").param("id", id).query(JdbcCases::summary).optional();
    }

    @Override
    public Optional<CaseSummary> findByReference(CaseReference reference) {
        return jdbc.sql(SUMMARY + " WHERE reference = :reference").param("reference", reference.value())
                .query(JdbcCases::summary).optional();
    }

    @Override
    public List<CaseSummary> findByChildName(String firstName, String lastName) {
        return jdbc.sql(SUMMARY + " WHERE LOWER(child_first_name) = LOWER(:first) AND LOWER(child_last_name) = LOWER(:last)"
                + " AND status = 'OPEN' ORDER BY id")
                .param("first", firstName.strip()).param("last", lastName.strip())
                .query(JdbcCases::summary).list();
    }

    @Override
    public List<CaseSummary> recent(Optional<List<Long>> readable, int size) {
        return jdbc.sql(SUMMARY + " c" + (readable.isPresent() ? " WHERE " + CaseAccess.READABLE : "")
                        + " ORDER BY opened_at DESC, id DESC LIMIT :size")
                .params(readable.map(ids -> Map.<String, Object>of("readable", ids)).orElse(Map.of()))
                .param("size", size).query(JdbcCases::summary).list();
    }

    @Override
    public List<CaseSummary> search(String text, Optional<List<Long>> readable, int size) {
        String exact = text.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql(SUMMARY + " c WHERE (LOWER(reference) LIKE :contains ESCAPE '\\' OR LOWER(pseudonym) = :exact"
                        + " OR LOWER(CONCAT(child_first_name, ' ', child_last_name)) LIKE :contains ESCAPE '\\')"
                        + (readable.isPresent() ? " AND " + CaseAccess.READABLE : "")
                        + " ORDER BY opened_at DESC, id DESC LIMIT :size")
                .params(readable.map(ids -> Map.<String, Object>of("readable", ids)).orElse(Map.of()))
                .param("contains", "%" + exact.replaceAll("([\\\\%_])", "\\\\$1") + "%").param("exact", exact)
                .param("size", size).query(JdbcCases::summary).list();
    }

    @Override
    public boolean attachForm(long caseId, long inboundEmailId, String formType, String attachmentName, String sha256,
            String formJson, Instant receivedAt) {
        if (caseHoldingForm(sha256).isPresent()) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO case_form (case_id, inbound_email_id, form_type, attachment_name, attachment_sha256,
                    form_json, received_at)
                VALUES (:caseId, :emailId, :formType, :name, :sha, :json, :at)""")
                .param("caseId", caseId).param("emailId", inboundEmailId).param("formType", formType)
                .param("name", attachmentName).param("sha", sha256).param("json", formJson)
                .param("at", Timestamps.utc(receivedAt))
                .update();
        return true;
    }

    @Override
    public Optional<Long> caseHoldingForm(String sha256) {
        return jdbc.sql("SELECT case_id FROM case_form WHERE attachment_sha256 = :sha").param("sha", sha256)
                .query(Long.class).optional();
    }

    @Override
    public Map<Long, String> references(Collection<Long> caseIds) {
        Map<Long, String> references = new HashMap<>();
        for (List<Long> ids : InLists.of(caseIds)) {
            jdbc.sql("SELECT id, reference FROM review_case WHERE id IN (:ids)").param("ids", ids)
                    .query(rs -> {
                        references.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return references;
    }

    @Override
    public Optional<CaseFile.Child> child(long caseId) {
        return jdbc.sql("""
                SELECT child_first_name, child_last_name, child_date_of_birth, referring_agency, referrer_email,
                       referral_date
                FROM review_case WHERE id = :id""")
                .param("id", caseId)
                .query((rs, n) -> new CaseFile.Child(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .optional();
    }

    @Override
    public List<CaseForm> forms(long caseId) {
        return jdbc.sql(FORM + " WHERE case_id = :caseId ORDER BY received_at, id").param("caseId", caseId)
                .query(JdbcCases::form).list();
    }

    @Override
    public Optional<CaseForm> form(long caseId, long formId) {
        return jdbc.sql(FORM + " WHERE case_id = :caseId AND id = :formId").param("caseId", caseId)
                .param("formId", formId).query(JdbcCases::form).optional();
    }

    @Override
    public List<CaseForm> formsOfType(String formType, Collection<Long> caseIds) {
        List<CaseForm> forms = new ArrayList<>();
        for (List<Long> ids : InLists.of(caseIds)) {
            forms.addAll(jdbc.sql(FORM + " WHERE form_type = :type AND case_id IN (:ids)")
                    .param("type", formType).param("ids", ids)
                    .query(JdbcCases::form).list());
        }
        forms.sort(Comparator.comparing(CaseForm::receivedAt).thenComparing(CaseForm::id));
        return forms;
    }

    private static CaseForm form(ResultSet rs, int row) throws SQLException {
        return new CaseForm(rs.getLong("id"), rs.getLong("case_id"), rs.getString("form_type"),
                rs.getString("attachment_name"), Timestamps.instant(rs.getObject("received_at", OffsetDateTime.class)),
                rs.getLong("inbound_email_id"), rs.getString("form_json"));
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getLong("id"), new CaseReference(rs.getString("reference")),
                rs.getString("pseudonym"), rs.getString("status"),
                Timestamps.instant(rs.getObject("opened_at", OffsetDateTime.class)));
    }
}
