package uk.org.hscp.notifier.deadlines.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.deadlines.CaseDeadlines;
import uk.org.hscp.notifier.deadlines.DeadlineStatus;

@Repository
class JdbcCaseDeadlines implements CaseDeadlines {

    /** The catalogue's timescale of the per-agency summary of involvement (config/timescales.yml). */
    private static final String SUMMARY = "SUMMARY_OF_INVOLVEMENT";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    JdbcCaseDeadlines(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public List<Event> events(long caseId) {
        return jdbc.sql("""
                SELECT id, event, occurred_at, agency, details, recorded_by, recorded_at, superseded_by
                FROM case_event WHERE case_id = :caseId ORDER BY occurred_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("event"), zoned(rs, "occurred_at"),
                        rs.getString("agency"), rs.getString("details"), rs.getString("recorded_by"),
                        zoned(rs, "recorded_at"), rs.getObject("superseded_by") != null))
                .list();
    }

    @Override
    public List<Deadline> deadlines(long caseId) {
        Map<Long, List<SentReminder>> sent = jdbc.sql("""
                SELECT r.deadline_id, r.kind, r.roles, r.sent_at FROM reminder r JOIN deadline d ON d.id = r.deadline_id
                WHERE d.case_id = :caseId AND r.status = 'SENT' ORDER BY r.sent_at, r.id""")
                .param("caseId", caseId)
                .query((rs, n) -> Map.entry(rs.getLong("deadline_id"),
                        new SentReminder(rs.getString("kind"), rs.getString("roles"), zoned(rs, "sent_at"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT id, timescale_id, title, section, agency, due_at, status, met_at FROM deadline
                WHERE case_id = :caseId ORDER BY due_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new Deadline(rs.getLong("id"), rs.getString("timescale_id"),
                        rs.getString("title"), rs.getString("section"), rs.getString("agency"), zoned(rs, "due_at"),
                        rs.getString("status"), zoned(rs, "met_at"), sent.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public Map<Long, Boolean> summaryRequests(String agency, Optional<Long> caseId) {
        Map<Long, Boolean> asked = new HashMap<>();
        var statement = jdbc.sql("SELECT case_id, status FROM deadline WHERE timescale_id = '" + SUMMARY + "'"
                + " AND agency = :agency" + (caseId.isPresent() ? " AND case_id = :caseId" : ""))
                .param("agency", agency);
        if (caseId.isPresent()) {
            statement = statement.param("caseId", caseId.get());
        }
        statement.query(rs -> {
            asked.merge(rs.getLong(1), DeadlineStatus.OPEN.name().equals(rs.getString(2)), Boolean::logicalOr);
        });
        return asked;
    }

    private ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(zone);
    }
}
