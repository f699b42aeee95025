package uk.org.hscp.notifier.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a case's file for the staff pages (identities included: the caller checks {@link CaseAccess} first). */
@Repository
public class CaseFiles {

    private static final String FORMS = """
            SELECT f.id, f.form_type, f.attachment_name, f.received_at, f.form_json, e.sender, e.subject,
                   e.received_at AS email_received_at
            FROM case_form f JOIN inbound_email e ON e.id = f.inbound_email_id""";

    /** A form and its JSON (the parse contract's; holds identities). */
    public record FormWithJson(CaseFile.ReceivedForm form, String json) {
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    CaseFiles(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public CaseFile of(CaseSummary summary) {
        return new CaseFile(summary, child(summary.id()), forms(summary.id()), events(summary.id()),
                deadlines(summary.id()), deliveries(summary.id()));
    }

    /** One form of the case with its JSON (the parse contract's), if the case holds a form with this id. */
    public Optional<FormWithJson> form(long caseId, long formId) {
        return jdbc.sql(FORMS + " WHERE f.case_id = :caseId AND f.id = :formId")
                .param("caseId", caseId).param("formId", formId)
                .query((rs, n) -> new FormWithJson(receivedForm(rs), rs.getString("form_json"))).optional();
    }

    /** The journal id of the e-mail that brought a form of the case. */
    public Optional<Long> emailOf(long caseId, long formId) {
        return jdbc.sql("SELECT inbound_email_id FROM case_form WHERE case_id = :caseId AND id = :formId")
                .param("caseId", caseId).param("formId", formId).query(Long.class).optional();
    }

    /**
     * What a LIG member of {@code agency} sees of the file: the child's details, and of the forms, deadlines and
     * events only those of its own agency or of no agency (never another agency's response, request or e-mail);
     * no deliveries. {@code agencyOfSender} maps a form's e-mail sender to its agency.
     */
    public static CaseFile narrowedTo(CaseFile file, String agency,
            java.util.function.Function<String, Optional<String>> agencyOfSender) {
        return new CaseFile(file.summary(), file.child(),
                file.forms().stream().filter(f -> agencyOfSender.apply(f.emailSender()).filter(agency::equals)
                        .isPresent()).toList(),
                file.events().stream().filter(e -> e.agency() == null || e.agency().equals(agency)).toList(),
                file.deadlines().stream().filter(d -> d.agency() == null || d.agency().equals(agency)).toList(),
                List.of());
    }

    private CaseFile.Child child(long caseId) {
        return jdbc.sql("""
                SELECT child_first_name, child_last_name, child_date_of_birth, referring_agency, referrer_email,
                       referral_date
                FROM review_case WHERE id = :id""")
                .param("id", caseId)
                .query((rs, n) -> new CaseFile.Child(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .single();
    }

    private List<CaseFile.ReceivedForm> forms(long caseId) {
        return jdbc.sql(FORMS + " WHERE f.case_id = :caseId ORDER BY f.received_at, f.id").param("caseId", caseId)
                .query((rs, n) -> receivedForm(rs)).list();
    }

    private CaseFile.ReceivedForm receivedForm(ResultSet rs) throws SQLException {
        return new CaseFile.ReceivedForm(rs.getLong("id"), rs.getString("form_type"), rs.getString("attachment_name"),
                zoned(rs, "received_at"), rs.getString("sender"), rs.getString("subject"),
                zoned(rs, "email_received_at"));
    }

    private List<CaseFile.Event> events(long caseId) {
        return jdbc.sql("""
                SELECT id, event, occurred_at, agency, details, recorded_by, recorded_at, superseded_by
                FROM case_event WHERE case_id = :caseId ORDER BY occurred_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseFile.Event(rs.getLong("id"), rs.getString("event"), zoned(rs, "occurred_at"),
                        rs.getString("agency"), rs.getString("details"), rs.getString("recorded_by"),
                        zoned(rs, "recorded_at"), rs.getObject("superseded_by") != null))
                .list();
    }

    private List<CaseFile.Deadline> deadlines(long caseId) {
        Map<Long, List<CaseFile.SentReminder>> sent = jdbc.sql("""
                SELECT r.deadline_id, r.kind, r.roles, r.sent_at FROM reminder r JOIN deadline d ON d.id = r.deadline_id
                WHERE d.case_id = :caseId AND r.status = 'SENT' ORDER BY r.sent_at, r.id""")
                .param("caseId", caseId)
                .query((rs, n) -> Map.entry(rs.getLong("deadline_id"),
                        new CaseFile.SentReminder(rs.getString("kind"), rs.getString("roles"), zoned(rs, "sent_at"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT id, timescale_id, title, section, agency, due_at, status, met_at FROM deadline
                WHERE case_id = :caseId ORDER BY due_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseFile.Deadline(rs.getLong("id"), rs.getString("timescale_id"),
                        rs.getString("title"), rs.getString("section"), rs.getString("agency"), zoned(rs, "due_at"),
                        rs.getString("status"), zoned(rs, "met_at"), sent.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<CaseFile.Delivery> deliveries(long caseId) {
        return jdbc.sql("""
                SELECT id, role, notice_kind, status, created_at, sent_at FROM delivery
                WHERE case_id = :caseId ORDER BY created_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseFile.Delivery(rs.getLong("id"), rs.getString("role"),
                        rs.getString("notice_kind"), rs.getString("status"), zoned(rs, "created_at"),
                        zoned(rs, "sent_at")))
                .list();
    }

    private ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(zone);
    }
}
