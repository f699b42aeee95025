package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.deadlines.quartz.WakeUps;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;

/** Reminder rows fire once when due, and not at all once their deadline was met or moved. */
abstract class ReminderFiringScenarios {

    static final Instant MONDAY_0900 = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired ReminderFiring firing;
    @Autowired WakeUps wakeUps;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    long caseId;

    @BeforeEach
    void aCase() {
        Database.clean(jdbc);
        clock.set(MONDAY_0900.minus(Duration.ofDays(1)));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_case (reference, pseudonym, status, opened_at)
                VALUES ('HSCP-2026-0001', 'Child A', 'OPEN', :at)""")
                .param("at", Timestamps.utc(clock.instant())).update(keys, "id");
        caseId = keys.getKey().longValue();
    }

    @Test
    void aDueReminderBecomesOneNoticeEvenWhenFiringRunsTwice() {
        long deadline = deadline("OPEN", 0);
        long reminder = reminder(deadline, MONDAY_0900, "BEFORE_DUE", 0);

        assertThat(firing.fireDue()).isZero();
        clock.set(MONDAY_0900);
        assertThat(firing.fireDue()).isEqualTo(1);
        assertThat(firing.fireDue()).isZero();

        assertThat(status(reminder)).isEqualTo("SENT");
        assertThat(notices()).containsExactly("REMINDER:" + deadline);
    }

    @Test
    void theRelayPlansTheNoticesOfFiredRemindersIntoDeliveries() {
        long deadline = deadline("OPEN", 0);
        long reminder = reminder(deadline, MONDAY_0900, "BEFORE_DUE", 0);
        clock.set(MONDAY_0900);
        firing.fireDue();

        clock.advance(Duration.ofMinutes(2)); // past hscp.dispatch.plan-after: the relay plans what is still REQUESTED

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT d.role FROM delivery d JOIN notice n ON n.id = d.notice_id WHERE n.reminder_id = :id""")
                .param("id", reminder).query(String.class).list()).containsExactly("HSCP_TEAM"));
    }

    @Test
    void aReminderOfAMetOrMovedDeadlineIsSkipped() {
        long met = deadline("MET", 0);
        long moved = deadline("OPEN", 2);
        long metReminder = reminder(met, MONDAY_0900, "ON_DUE_DAY", 0);
        long stale = reminder(moved, MONDAY_0900, "ON_DUE_DAY", 1);

        clock.set(MONDAY_0900.plusSeconds(1));
        firing.fireDue();

        assertThat(status(metReminder)).isEqualTo("SKIPPED");
        assertThat(status(stale)).isEqualTo("SKIPPED");
        assertThat(notices()).isEmpty();
    }

    @Test
    void anOverdueReminderIsAnEscalation() {
        long deadline = deadline("OPEN", 0);
        reminder(deadline, MONDAY_0900, "OVERDUE_ESCALATION", 0);

        clock.set(MONDAY_0900);
        firing.fireDue();

        assertThat(notices()).containsExactly("ESCALATION:" + deadline);
    }

    @Test
    void remindersMissedWhileTheServiceWasDownGoOutOnceWhenItStarts() {
        long deadline = deadline("OPEN", 0);
        List<Long> reminders = List.of(reminder(deadline, MONDAY_0900, "BEFORE_DUE", 0),
                reminder(deadline, MONDAY_0900.plus(Duration.ofDays(1)), "ON_DUE_DAY", 0),
                reminder(deadline, MONDAY_0900.plus(Duration.ofDays(2)), "OVERDUE_ESCALATION", 0));

        clock.set(MONDAY_0900.plus(Duration.ofDays(3))); // the service was stopped; the clock jumped
        firing.run(null);                                   // what start-up does
        firing.fireDue();                                   // and Quartz's misfired wake-ups after it

        assertThat(reminders).allSatisfy(id -> assertThat(status(id)).isEqualTo("SENT"));
        assertThat(notices()).hasSize(3);
    }

    @Test
    void aWakeUpIsScheduledOncePerMomentAndRollsBackWithItsTransaction() {
        int before = wakeUps.scheduledCount();
        Instant nineAm = MONDAY_0900.plus(Duration.ofDays(30));

        transaction.executeWithoutResult(tx -> {
            wakeUps.ensureAt(nineAm);
            wakeUps.ensureAt(nineAm);
        });
        transaction.executeWithoutResult(tx -> {
            wakeUps.ensureAt(nineAm.plus(Duration.ofDays(1)));
            tx.setRollbackOnly();
        });

        assertThat(wakeUps.scheduledCount()).isEqualTo(before + 1);
    }

    private long deadline(String status, int version) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deadline (case_id, timescale_id, title, status, due_at, created_at, updated_at, version)
                VALUES (:caseId, 'PANEL_NOTIFICATION', 'Notify the Panel', :status, :due, :at, :at, :version)""")
                .param("caseId", caseId).param("status", status).param("version", version)
                .param("due", Timestamps.utc(MONDAY_0900.plus(Duration.ofDays(2))))
                .param("at", Timestamps.utc(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    private long reminder(long deadline, Instant fireAt, String kind, int version) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reminder (deadline_id, kind, fire_at, roles, status, deadline_version)
                VALUES (:deadline, :kind, :fireAt, 'HSCP_TEAM', 'PENDING', :version)""")
                .param("deadline", deadline).param("kind", kind).param("fireAt", Timestamps.utc(fireAt))
                .param("version", version).update(keys, "id");
        return keys.getKey().longValue();
    }

    private String status(long reminder) {
        return jdbc.sql("SELECT status FROM reminder WHERE id = :id").param("id", reminder).query(String.class).single();
    }

    private List<String> notices() {
        return jdbc.sql("SELECT kind, deadline_id FROM notice WHERE kind IN ('REMINDER', 'ESCALATION') ORDER BY id")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2)).list();
    }
}
