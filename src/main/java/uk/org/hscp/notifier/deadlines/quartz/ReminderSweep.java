package uk.org.hscp.notifier.deadlines.quartz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import uk.org.hscp.notifier.deadlines.ReminderFiring;

/**
 * Every instance also looks for due reminders every {@code hscp.reminders.sweep-every-ms} (2 s). Quartz fires
 * each wake-up on one cluster member and, when that member dies mid-firing, hands the job to a survivor only
 * after its cluster check-in interval plus a fixed 7.5 s; the reminders the dead member had not claimed would
 * wait that long. Claims are row locks taken with SKIP LOCKED and released when the member's connection drops,
 * so a sweep on every instance never sends a reminder twice. 0 turns it off (the tests move their clock by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${hscp.reminders.sweep-every-ms:2000} > 0")
class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    private final ReminderFiring reminderFiring;
    private boolean failing;

    ReminderSweep(ReminderFiring reminderFiring) {
        this.reminderFiring = reminderFiring;
    }

    @Scheduled(fixedDelayString = "${hscp.reminders.sweep-every-ms:2000}",
            initialDelayString = "${hscp.reminders.sweep-every-ms:2000}")
    void sweep() {
        try {
            reminderFiring.fireDue();
            if (failing) {
                log.info("The reminder sweep works again");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The reminder sweep failed ({}); it tries again every few seconds", e.getClass().getSimpleName());
            }
            failing = true;
        }
    }
}
