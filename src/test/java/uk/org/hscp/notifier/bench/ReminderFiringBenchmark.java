package uk.org.hscp.notifier.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.bench.BenchResults.Figure;
import uk.org.hscp.notifier.bench.OneTriggerEachBaseline.Reminder;
import uk.org.hscp.notifier.deadlines.quartz.WakeUps;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Reminders due at the same moment, fired by the service's own path (one Quartz wake-up for the moment, the
 * firing job claiming them in batches): how fast they become notices, and how late. Then the same with one
 * Quartz trigger per reminder ({@link OneTriggerEachBaseline}). Real time: reminders fall due seconds after
 * they are written.
 */
@BenchServiceTest
public class ReminderFiringBenchmark {

    /** Each reminder has a deadline of its own, ten deadlines to a case. */
    private static final int DEADLINES_PER_CASE = 10;
    /**
     * Quartz's idle wait (application.yml): a wake-up committed at least this long before its moment is known
     * to the scheduler when the moment comes, as for reminders written days ahead.
     */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(5);
    /** The status of the baseline's reminders, which the service's own firing never claims. */
    private static final String BASELINE_STATUS = "BASELINE";

    @Autowired JdbcClient jdbc;
    @Autowired WakeUps wakeUps;
    @Autowired TransactionTemplate transaction;
    @Autowired CamelContext camel;
    @Autowired EmbeddedActiveMQ broker;
    @Value("${spring.datasource.url}") String jdbcUrl;

    /** What one run of N reminders due at once came to. */
    record Firing(int reminders, double perSecond, double p50Ms, double p99Ms, double maxMs) {
    }

    @Test
    void remindersDueAtOnce() throws Exception {
        BenchScale scale = BenchScale.fromSystemProperties();
        BenchResults.of(scale).record(measure(scale));
    }

    List<Figure> measure(BenchScale scale) throws Exception {
        var service = new BenchService(jdbc, camel, broker);
        try {
            // reminders are due this long after the writing starts: the idle wait and the time to write 100,000
            Duration lead = Duration.ofSeconds(scale.pick(8, 6));
            Firing big = fire(service, scale.pick(100_000, 1_000), lead);
            // the smoke run fires once: each firing waits for its moment, and the code is the same
            Firing small = scale.full() ? fire(service, 10_000, lead) : big;
            var baseline = oneTriggerEach(service, scale.pick(10_000, 50), scale);
            String how = " reminders written with SQL, due at one moment " + lead.toSeconds() + " s after the"
                    + " writing started (one Quartz wake-up, as the service schedules them); fired = its notice row"
                    + " written (no e-mail is sent while measuring: the relay plans the notices' deliveries only once"
                    + " hscp.dispatch.plan-after, a minute, has passed, and the tables are emptied before that);"
                    + " lateness = notice created_at − reminder fire_at, wall clock; embedded PostgreSQL 16,"
                    + " synchronous_commit on, same machine";
            return List.of(
                    new Figure("reminders_fired_per_s", big.perSecond(),
                            big.reminders() + how + "; rate = reminders ÷ (last notice − due moment)"),
                    new Figure("reminder_lateness_p99_ms", big.p99Ms(), big.reminders() + how),
                    new Figure("reminder_lateness_p50_ms", big.p50Ms(), null),
                    new Figure("reminders_fired_per_s_10k", small.perSecond(), null),
                    new Figure("reminder_lateness_p99_ms_10k", small.p99Ms(), small.reminders() + how),
                    new Figure("reminders_fired_per_s_one_trigger_each", baseline.perSecond(), baseline.reminders()
                            + " reminders (the baseline is capped there), one job and trigger each on a plain Quartz scheduler with its"
                            + " shipped defaults (JDBC job store on the same PostgreSQL, 10 threads, 10 connections);"
                            + " each job writes the notice and marks the reminder sent; rate = reminders ÷ (last notice"
                            + " − due moment)"),
                    new Figure("reminder_lateness_p99_ms_one_trigger_each", baseline.p99Ms(), null),
                    new Figure("schedule_one_trigger_each_s", baseline.schedulingSeconds(), null));
        } finally {
            service.empty();
        }
    }

    private Firing fire(BenchService service, int count, Duration lead) {
        service.empty();
        Instant due = writeReminders(count, "PENDING", () -> Instant.now().plus(lead));
        transaction.executeWithoutResult(tx -> wakeUps.ensureAt(due));
        if (Instant.now().plus(IDLE_WAIT).isAfter(due)) {
            throw new IllegalStateException("Writing the reminders took too long for a lead of " + lead);
        }
        BenchService.waitFor(Duration.ofMinutes(10), this::reminderNotices, n -> n >= count);
        List<Long> late = lateness();
        long last = late.get(late.size() - 1);
        return new Firing(count, count / (last / 1000.0), Percentiles.of(late, 50), Percentiles.of(late, 99), last);
    }

    private OneTriggerEachBaseline.Result oneTriggerEach(BenchService service, int count, BenchScale scale)
            throws Exception {
        service.empty();
        return new OneTriggerEachBaseline(jdbcUrl).run(count, Duration.ofSeconds(scale.pick(5, 1)), due -> {
            writeReminders(count, BASELINE_STATUS, () -> due);
            return jdbc.sql("SELECT r.id, r.deadline_id, d.case_id FROM reminder r JOIN deadline d ON d.id = r.deadline_id")
                    .query((rs, n) -> new Reminder(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        }, this::reminderNotices, this::lateness);
    }

    /**
     * Cases, a deadline per reminder and the reminders, written with SQL.
     *
     * @return the moment the reminders fall due, taken once the cases and deadlines are written
     */
    private Instant writeReminders(int count, String status, java.util.function.Supplier<Instant> dueMoment) {
        int cases = Math.max(1, count / DEADLINES_PER_CASE);
        jdbc.sql("""
                INSERT INTO review_case (reference, pseudonym, status, opened_at, referrer_email, referring_agency)
                SELECT 'BENCH-' || LPAD(g::text, 7, '0'), 'Child ' || g, 'OPEN', now(),
                    'anna.kowalska@hampshire.police.uk', 'Hampshire Constabulary'
                FROM generate_series(1, :cases) g""").param("cases", cases).update();
        jdbc.sql("""
                INSERT INTO deadline (case_id, timescale_id, title, section, who_must_act, due_at, status, created_at,
                    updated_at, version, started_at)
                SELECT c.id, 'PANEL_NOTIFICATION', 'Notify the National Panel', '5.1', 'HSCP', now() + interval '2 days',
                    'OPEN', now(), now(), 0, now()
                FROM review_case c CROSS JOIN generate_series(1, :perCase)""")
                .param("perCase", count / cases).update();
        Instant due = dueMoment.get();
        jdbc.sql("""
                INSERT INTO reminder (deadline_id, kind, fire_at, roles, status, deadline_version)
                SELECT id, 'BEFORE_DUE', :due, 'LOCAL_AUTHORITY,HSCP_TEAM', :status, 0 FROM deadline""")
                .param("due", Timestamps.utc(due)).param("status", status).update();
        jdbc.sql("ANALYZE").update();
        return due;
    }

    private long reminderNotices() {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE reminder_id IS NOT NULL").query(Long.class).single();
    }

    /** Each notice's lateness in milliseconds, sorted. */
    private List<Long> lateness() {
        List<Long> late = new ArrayList<>(jdbc.sql("""
                SELECT n.created_at, r.fire_at FROM notice n JOIN reminder r ON r.id = n.reminder_id""")
                .query((rs, i) -> Duration.between(rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(1, OffsetDateTime.class)).toMillis())
                .list());
        late.sort(null);
        return late;
    }
}
