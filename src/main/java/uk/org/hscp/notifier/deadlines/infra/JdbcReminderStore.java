package uk.org.hscp.notifier.deadlines.infra;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.deadlines.ReminderStore;

/** The reminder rows: claimed in batches when due, then marked sent or skipped. */
@Repository
class JdbcReminderStore implements ReminderStore {

    private record Claimed(long id, long deadlineId, String kind, int plannedVersion, Instant fireAt) {
    }

    private record DeadlineNow(long id, long caseId, String status, int version) {
    }

    private final JdbcClient jdbc;

    JdbcReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks up to {@code limit} due reminders that no other transaction holds (SKIP LOCKED), the earliest due
     * first. Ordered by the due moment alone, which the index on (status, fire_at) gives as it is read: ordering
     * ties by id as well would sort every reminder due at that moment for each batch.
     */
    @Override
    public List<DueReminder> claimDue(Instant now, int limit) {
        List<Claimed> claimed = jdbc.sql("""
                SELECT id, deadline_id, kind, deadline_version, fire_at FROM reminder
                WHERE status = 'PENDING' AND fire_at <= :now
                ORDER BY fire_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamps.utc(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        Timestamps.instant(rs.getObject(5, java.time.OffsetDateTime.class))))
                .list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, DeadlineNow> deadlines = jdbc.sql("SELECT id, case_id, status, version FROM deadline WHERE id IN (:ids)")
                .param("ids", claimed.stream().map(Claimed::deadlineId).distinct().toList())
                .query((rs, n) -> new DeadlineNow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list().stream().collect(Collectors.toMap(DeadlineNow::id, Function.identity()));
        return claimed.stream().map(c -> {
            DeadlineNow deadline = deadlines.get(c.deadlineId());
            boolean current = deadline.status().equals("OPEN") && deadline.version() == c.plannedVersion();
            return new DueReminder(c.id(), c.deadlineId(), deadline.caseId(), c.kind(), current, c.fireAt());
        }).toList();
    }

    @Override
    public void markSent(List<DueReminder> reminders, Instant at) {
        mark(reminders, "SENT", at);
    }

    @Override
    public void markSkipped(List<DueReminder> reminders) {
        mark(reminders, "SKIPPED", null);
    }

    private void mark(List<DueReminder> reminders, String status, Instant at) {
        if (reminders.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE reminder SET status = :status, sent_at = :at WHERE id IN (:ids)")
                .param("status", status).param("at", Timestamps.utc(at))
                .param("ids", reminders.stream().map(DueReminder::id).toList())
                .update();
    }
}
