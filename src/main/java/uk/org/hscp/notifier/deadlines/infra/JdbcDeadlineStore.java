package uk.org.hscp.notifier.deadlines.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.ReminderPlanner.PlannedReminder;
import uk.org.hscp.notifier.deadlines.Timescale;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.deadlines.DeadlineStatus;
import uk.org.hscp.notifier.deadlines.DeadlineStore;

/** Case events, deadlines, their reminders, and the LIG meeting dates they count from. */
@Repository
class JdbcDeadlineStore implements DeadlineStore {

    private static final String DEADLINE_COLUMNS =
            "SELECT id, case_id, timescale_id, agency, due_at, status, version, started_at FROM deadline";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcDeadlineStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records the event; an earlier event of the same type (and agency) is superseded: this one corrects it. */
    @Override
    public long recordEvent(long caseId, CaseEventType type, Instant occurredAt, String agency, String detailsJson,
            String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_event (case_id, event, occurred_at, details, recorded_by, recorded_at, agency)
                VALUES (:caseId, :event, :at, :details, :by, :now, :agency)""")
                .param("caseId", caseId).param("event", type.name()).param("at", Timestamps.utc(occurredAt))
                .param("details", detailsJson).param("by", recordedBy).param("now", Timestamps.utc(now))
                .param("agency", agency)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("""
                UPDATE case_event SET superseded_by = :id
                WHERE case_id = :caseId AND event = :event AND id <> :id AND superseded_by IS NULL
                  AND COALESCE(agency, '') = COALESCE(:agency, '')""")
                .param("id", id).param("caseId", caseId).param("event", type.name()).param("agency", agency)
                .update();
        return id;
    }

    /** The current (not superseded) moment of each case-wide event. */
    @Override
    public Map<CaseEventType, Instant> currentEvents(long caseId) {
        Map<CaseEventType, Instant> events = new EnumMap<>(CaseEventType.class);
        jdbc.sql("SELECT event, occurred_at FROM case_event WHERE case_id = :caseId AND superseded_by IS NULL"
                + " AND agency IS NULL ORDER BY id")
                .param("caseId", caseId)
                .query((rs, n) -> Map.entry(CaseEventType.valueOf(rs.getString(1)),
                        Timestamps.instant(rs.getObject(2, OffsetDateTime.class))))
                .list().forEach(e -> events.put(e.getKey(), e.getValue()));
        return events;
    }

    @Override
    public boolean hasEvent(long caseId, CaseEventType type) {
        return jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_id = :caseId AND event = :event")
                .param("caseId", caseId).param("event", type.name()).query(Integer.class).single() > 0;
    }

    @Override
    public List<DeadlineRow> deadlines(long caseId) {
        return jdbc.sql(DEADLINE_COLUMNS + " WHERE case_id = :caseId ORDER BY id").param("caseId", caseId)
                .query(JdbcDeadlineStore::deadline).list();
    }

    @Override
    public long create(long caseId, Timescale timescale, String agency, Instant due, Instant startedAt, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deadline (case_id, timescale_id, title, section, who_must_act, agency, due_at, status,
                    created_at, updated_at, version, started_at)
                VALUES (:caseId, :timescale, :title, :section, :who, :agency, :due, 'OPEN', :now, :now, 0, :started)""")
                .param("caseId", caseId).param("timescale", timescale.id()).param("title", timescale.title())
                .param("section", timescale.section()).param("who", timescale.whoMustAct()).param("agency", agency)
                .param("due", Timestamps.utc(due)).param("now", Timestamps.utc(now))
                .param("started", Timestamps.utc(startedAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A new due moment: the version moves on, so reminders planned for the old one are skipped. */
    @Override
    public int move(long deadlineId, Instant due, Instant now) {
        jdbc.sql("UPDATE deadline SET due_at = :due, version = version + 1, updated_at = :now WHERE id = :id")
                .param("due", Timestamps.utc(due)).param("now", Timestamps.utc(now)).param("id", deadlineId).update();
        cancelPendingReminders(deadlineId);
        return jdbc.sql("SELECT version FROM deadline WHERE id = :id").param("id", deadlineId).query(Integer.class)
                .single();
    }

    @Override
    public void close(long deadlineId, DeadlineStatus status, Instant at) {
        jdbc.sql("UPDATE deadline SET status = :status, met_at = :at, updated_at = :at, version = version + 1"
                + " WHERE id = :id")
                .param("status", status.name()).param("at", Timestamps.utc(at)).param("id", deadlineId).update();
        cancelPendingReminders(deadlineId);
    }

    private void cancelPendingReminders(long deadlineId) {
        jdbc.sql("UPDATE reminder SET status = 'CANCELLED' WHERE deadline_id = :id AND status = 'PENDING'")
                .param("id", deadlineId).update();
    }

    /** One statement batch for all of a deadline's reminders. */
    @Override
    public void addReminders(long deadlineId, int version, List<PlannedReminder> reminders) {
        if (reminders.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO reminder (deadline_id, kind, fire_at, roles, status, deadline_version)
                VALUES (:deadline, :kind, :at, :roles, 'PENDING', :version)""",
                reminders.stream().map(reminder -> new MapSqlParameterSource()
                        .addValue("deadline", deadlineId).addValue("kind", reminder.kind().name())
                        .addValue("at", Timestamps.utc(reminder.fireAt()))
                        .addValue("roles", String.join(",", reminder.roles())).addValue("version", version))
                        .toArray(SqlParameterSource[]::new));
    }

    @Override
    public List<Long> casesWithOpenDeadlines() {
        return jdbc.sql("SELECT DISTINCT case_id FROM deadline WHERE status = 'OPEN' ORDER BY case_id")
                .query(Long.class).list();
    }

    private static DeadlineRow deadline(ResultSet rs, int row) throws SQLException {
        return new DeadlineRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("timescale_id"),
                rs.getString("agency"), Timestamps.instant(rs.getObject("due_at", OffsetDateTime.class)),
                DeadlineStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                Timestamps.instant(rs.getObject("started_at", OffsetDateTime.class)));
    }
}
