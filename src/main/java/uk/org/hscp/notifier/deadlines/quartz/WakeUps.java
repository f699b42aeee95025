package uk.org.hscp.notifier.deadlines.quartz;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Quartz holds one trigger per distinct moment at which reminders fall due (every reminder due at 09:00
 * on a day shares one), not one per reminder. The reminders themselves, with their due moments, are rows
 * in the database; a trigger only wakes {@link ReminderFiringJob} up. Scheduling joins the caller's
 * transaction (Spring's job store runs on the application's DataSource), so a trigger exists exactly when
 * the reminders it serves were committed.
 */
@Component
public class WakeUps {

    static final JobKey JOB = JobKey.jobKey("reminder-firing", "reminders");
    private static final String GROUP = "reminder-wake-ups";

    private final Scheduler scheduler;

    WakeUps(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Makes sure the firing job wakes up at this moment (idempotent). */
    public void ensureAt(Instant moment) {
        if (!ensuredInThisTransaction().add(moment)) {
            return; // opening a case plans many reminders for the same few moments
        }
        TriggerKey key = TriggerKey.triggerKey(Long.toString(moment.getEpochSecond()), GROUP);
        try {
            if (scheduler.checkExists(key)) {
                return;
            }
            ensureJob();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(JOB)
                    .startAt(Date.from(moment))
                    // after downtime the moment fires once, at start; the due moment itself stays in the database
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            scheduler.scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException raced) {
            // another transaction scheduled the same moment first
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the reminder wake-up at " + moment, e);
        }
    }

    /**
     * The moments already made sure of in the current transaction: the trigger exists, or will once it
     * commits. Kept with the transaction's synchronizations, so a transaction started inside it (REQUIRES_NEW)
     * has its own. Outside a transaction, none: every call asks Quartz.
     */
    private Set<Instant> ensuredInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof EnsuredMoments ensured && ensured.wakeUps() == this) {
                return ensured.moments();
            }
        }
        var ensured = new EnsuredMoments(this, new HashSet<>());
        TransactionSynchronizationManager.registerSynchronization(ensured);
        return ensured.moments();
    }

    private record EnsuredMoments(WakeUps wakeUps, Set<Instant> moments) implements TransactionSynchronization {
    }

    private void ensureJob() throws SchedulerException {
        if (!scheduler.checkExists(JOB)) {
            JobDetail job = JobBuilder.newJob(ReminderFiringJob.class).withIdentity(JOB).storeDurably()
                    .requestRecovery().build();
            try {
                scheduler.addJob(job, false);
            } catch (ObjectAlreadyExistsException raced) {
                // added by another transaction or cluster member
            }
        }
    }

    public int scheduledCount() {
        try {
            return scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP)).size();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
