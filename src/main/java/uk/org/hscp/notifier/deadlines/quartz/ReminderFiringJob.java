package uk.org.hscp.notifier.deadlines.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.org.hscp.notifier.deadlines.ReminderFiring;

/** Woken by a {@link WakeUps} trigger: sends every reminder due by now. */
@DisallowConcurrentExecution
class ReminderFiringJob extends QuartzJobBean {

    private ReminderFiring reminderFiring;

    /** Injected by Spring's job factory, which autowires each job instance. */
    @Autowired
    public void setReminderFiring(ReminderFiring reminderFiring) {
        this.reminderFiring = reminderFiring;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        // "now" is the service's clock, never context.getScheduledFireTime(): after a misfire that is the restart time
        reminderFiring.fireDue();
    }
}
