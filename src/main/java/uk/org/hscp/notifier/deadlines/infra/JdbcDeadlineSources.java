package uk.org.hscp.notifier.deadlines.infra;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.anonymise.DeadlineSource;
import uk.org.hscp.notifier.deadlines.DeadlineStatus;
import uk.org.hscp.notifier.dispatch.DeadlineLookup;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * What the modules below may read of deadlines and reminders: catalogue facts for the anonymiser, recipients and
 * status for dispatch.
 */
@Repository
class JdbcDeadlineSources implements DeadlineSource, DeadlineLookup {

    private final JdbcClient jdbc;

    JdbcDeadlineSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public List<String> reminderRoles(long reminderId) {
        return jdbc.sql("SELECT roles FROM reminder WHERE id = :id").param("id", reminderId).query(String.class)
                .optional()
                .map(roles -> Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> agency(long deadlineId) {
        return jdbc.sql("SELECT agency FROM deadline WHERE id = :id").param("id", deadlineId).query(String.class)
                .optional();
    }

    @Override
    public Optional<Long> openDeadline(long caseId, String timescaleId, String agency) {
        String agencyCondition = agency == null ? "" : " AND (agency = :agency OR agency IS NULL)";
        var statement = jdbc.sql("SELECT id FROM deadline WHERE case_id = :caseId AND timescale_id = :timescale"
                + " AND status = 'OPEN'" + agencyCondition
                + " ORDER BY CASE WHEN agency IS NULL THEN 1 ELSE 0 END, due_at, id LIMIT 1")
                .param("caseId", caseId).param("timescale", timescaleId);
        if (agency != null) {
            statement = statement.param("agency", agency);
        }
        return statement.query(Long.class).optional();
    }

    @Override
    public boolean noLongerOpen(long deadlineId) {
        return jdbc.sql("SELECT status FROM deadline WHERE id = :id").param("id", deadlineId).query(String.class)
                .optional().map(status -> !status.equals(DeadlineStatus.OPEN.name())).orElse(false);
    }
}
