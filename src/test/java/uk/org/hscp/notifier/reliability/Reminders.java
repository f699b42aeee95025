package uk.org.hscp.notifier.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Reminders written into a scenario's database as the service writes them: cases, a deadline per reminder, the
 * reminder rows due at one moment, and one Quartz wake-up for that moment (the same job and trigger keys as
 * WakeUps: job reminders.reminder-firing, trigger reminder-wake-ups.<epoch second>), scheduled through Quartz's own
 * API on the clustered job store the service instances share (a scheduler that is never started).
 */
final class Reminders {

    static final String TRIGGER_GROUP = "reminder-wake-ups";
    private static final int DEADLINES_PER_CASE = 10;

    private Reminders() {
    }

    static void write(Scenario scenario, int count, Instant due) throws SQLException {
        int cases = count / DEADLINES_PER_CASE;
        try (Connection connection = scenario.servers.postgres.connect(scenario.database);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO review_case (reference, pseudonym, status, opened_at, referrer_email, referring_agency)
                    SELECT 'RELY-' || LPAD(g::text, 7, '0'), 'Child R' || g, 'OPEN', now(),
                        'reliability@hampshire.police.uk', 'Hampshire Constabulary'
                    FROM generate_series(1, %d) g""".formatted(cases));
            statement.execute("""
                    INSERT INTO deadline (case_id, timescale_id, title, section, who_must_act, due_at, status, created_at,
                        updated_at, version, started_at)
                    SELECT c.id, 'PANEL_NOTIFICATION', 'Notify the National Panel', '5.1', 'HSCP', now() + interval '2 days',
                        'OPEN', now(), now(), 0, now()
                    FROM review_case c CROSS JOIN generate_series(1, %d) WHERE c.reference LIKE 'RELY-%%'"""
                    .formatted(DEADLINES_PER_CASE));
            try (PreparedStatement reminders = connection.prepareStatement("""
                    INSERT INTO reminder (deadline_id, kind, fire_at, roles, status, deadline_version)
                    SELECT d.id, 'BEFORE_DUE', ?, 'LOCAL_AUTHORITY,HSCP_TEAM', 'PENDING', 0
                    FROM deadline d JOIN review_case c ON c.id = d.case_id WHERE c.reference LIKE 'RELY-%'""")) {
                reminders.setTimestamp(1, Timestamp.from(due));
                reminders.executeUpdate();
            }
            statement.execute("ANALYZE");
        }
        wakeUpAt(scenario, due);
    }

    @SuppressWarnings("unchecked")
    private static void wakeUpAt(Scenario scenario, Instant due) {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", "quartzScheduler");
        quartz.setProperty("org.quartz.scheduler.instanceId", "reliability-suite-setup");
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.dataSource", "suite");
        quartz.setProperty("org.quartz.dataSource.suite.provider", "hikaricp");
        quartz.setProperty("org.quartz.dataSource.suite.driver", "org.postgresql.Driver");
        quartz.setProperty("org.quartz.dataSource.suite.URL", scenario.servers.postgres.url(scenario.database));
        quartz.setProperty("org.quartz.dataSource.suite.user", Postgres.ROLE);
        quartz.setProperty("org.quartz.dataSource.suite.password", scenario.servers.postgres.password());
        quartz.setProperty("org.quartz.dataSource.suite.maxConnections", "2");
        try {
            Scheduler scheduler = new StdSchedulerFactory(quartz).getScheduler();
            try {
                JobKey job = JobKey.jobKey("reminder-firing", "reminders");
                if (!scheduler.checkExists(job)) {
                    Class<? extends Job> firing = (Class<? extends Job>) Class.forName(
                            "uk.org.hscp.notifier.deadlines.quartz.ReminderFiringJob");
                    JobDetail detail = JobBuilder.newJob(firing).withIdentity(job).storeDurably().requestRecovery().build();
                    scheduler.addJob(detail, false);
                }
                Trigger trigger = TriggerBuilder.newTrigger()
                        .withIdentity(TriggerKey.triggerKey(Long.toString(due.getEpochSecond()), TRIGGER_GROUP))
                        .forJob(job).startAt(Date.from(due))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build();
                scheduler.scheduleJob(trigger);
            } finally {
                scheduler.shutdown(false);
            }
        } catch (SchedulerException | ClassNotFoundException e) {
            throw new IllegalStateException("Could not schedule the reminders' wake-up", e);
        }
    }
}
