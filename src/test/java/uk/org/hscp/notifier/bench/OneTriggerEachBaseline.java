package uk.org.hscp.notifier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * What the design avoids: one Quartz trigger per reminder. A plain Quartz scheduler with its JDBC job store on
 * the service's PostgreSQL and Quartz's shipped defaults (10 worker threads, a pool of 10 connections, idle wait
 * 30 s, one trigger acquired at a time); each job does what the service's firing does for one reminder: writes
 * its notice and marks it sent, in one transaction. Its notices have a status of their own, so the service's
 * relay never plans them while the baseline runs.
 */
final class OneTriggerEachBaseline {

    static final String DATA_SOURCE = "oneTriggerEach";
    private static final String SCHEDULER = "bench-one-trigger-each";

    /** @param schedulingSeconds time to schedule every job and trigger */
    record Result(int reminders, double schedulingSeconds, double perSecond, double p99Ms) {
    }

    /** One reminder's firing: its notice written, the reminder marked sent. */
    public static class FireOneReminder implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            JobDataMap data = context.getMergedJobDataMap();
            try (Connection connection = DBConnectionManager.getInstance().getConnection(DATA_SOURCE)) {
                connection.setAutoCommit(false);
                try (PreparedStatement notice = connection.prepareStatement("""
                        INSERT INTO notice (kind, case_id, deadline_id, reminder_id, lines, status, created_at)
                        VALUES ('REMINDER', ?, ?, ?, '', 'BASELINE', ?)""");
                        PreparedStatement sent = connection.prepareStatement(
                                "UPDATE reminder SET status = 'SENT', sent_at = ? WHERE id = ?")) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    notice.setLong(1, data.getLong("caseId"));
                    notice.setLong(2, data.getLong("deadlineId"));
                    notice.setLong(3, data.getLong("reminderId"));
                    notice.setObject(4, now);
                    notice.executeUpdate();
                    sent.setObject(1, now);
                    sent.setLong(2, data.getLong("reminderId"));
                    sent.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                throw new JobExecutionException(e);
            }
        }
    }

    record Reminder(long id, long deadlineId, long caseId) {
    }

    private final String jdbcUrl;

    OneTriggerEachBaseline(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Schedules one job and trigger per reminder while the scheduler stands by, all due at one moment that the
     * scheduling should finish before (estimated from a few scheduled first), starts the scheduler, and waits
     * for every notice. Should the scheduling take longer, the triggers fire at once when the scheduler starts,
     * and the rate and lateness count from then rather than from the due moment.
     *
     * @param margin              more time before the due moment, for writing the reminders
     * @param writeRemindersDueAt writes the reminders, due at the given moment, in a status the service's own
     *                            firing ignores
     * @param notices             counts the notices written so far
     * @param lateness            the sorted lateness of every notice (from its reminder's due moment), once all
     *                            are written
     */
    Result run(int count, Duration margin, Function<Instant, List<Reminder>> writeRemindersDueAt,
            LongSupplier notices, Supplier<List<Long>> lateness) throws SchedulerException {
        Scheduler scheduler = new StdSchedulerFactory(properties()).getScheduler();
        scheduler.clear();
        try {
            Duration perTrigger = estimate(scheduler, Math.min(count, 100));
            Instant due = Instant.now().plus(perTrigger.multipliedBy(count * 2L)).plus(margin);
            List<Reminder> reminders = writeRemindersDueAt.apply(due);
            Instant scheduling = Instant.now();
            int n = 0;
            for (Reminder reminder : reminders) {
                schedule(scheduler, "r" + n++, reminder, due);
            }
            Instant scheduled = Instant.now();
            scheduler.start();
            long overrunMs = Math.max(0, Duration.between(due, scheduled).toMillis());
            BenchService.waitFor(Duration.ofMinutes(15), notices::getAsLong, c -> c >= reminders.size());
            List<Long> late = lateness.get().stream().map(ms -> ms - overrunMs).toList();
            long last = late.get(late.size() - 1);
            return new Result(reminders.size(), Duration.between(scheduling, scheduled).toMillis() / 1000.0,
                    reminders.size() / (last / 1000.0), Percentiles.of(late, 99));
        } finally {
            scheduler.clear();
            scheduler.shutdown(true);
        }
    }

    /** Time per scheduled job and trigger, from a few scheduled far ahead and then removed. */
    private static Duration estimate(Scheduler scheduler, int sample) throws SchedulerException {
        Instant farAhead = Instant.now().plus(Duration.ofDays(1));
        Instant start = Instant.now();
        for (int i = 0; i < sample; i++) {
            schedule(scheduler, "estimate-" + i, new Reminder(0, 0, 0), farAhead);
        }
        Duration each = Duration.between(start, Instant.now()).dividedBy(sample);
        scheduler.clear();
        return each;
    }

    private static void schedule(Scheduler scheduler, String name, Reminder reminder, Instant due)
            throws SchedulerException {
        var job = JobBuilder.newJob(FireOneReminder.class).withIdentity(name, "reminders")
                .usingJobData("reminderId", reminder.id()).usingJobData("deadlineId", reminder.deadlineId())
                .usingJobData("caseId", reminder.caseId()).build();
        var trigger = TriggerBuilder.newTrigger().withIdentity(name, "reminders").startAt(Date.from(due)).build();
        scheduler.scheduleJob(job, trigger);
    }

    /** Quartz's shipped defaults, with a JDBC job store on the service's database instead of RAM. */
    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER);
        p.setProperty("org.quartz.threadPool.threadCount", "10");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".provider", "hikaricp");
        p.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".driver", "org.postgresql.Driver");
        p.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".URL", jdbcUrl);
        p.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".user", "postgres");
        p.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".password", "postgres");
        return p;
    }
}
