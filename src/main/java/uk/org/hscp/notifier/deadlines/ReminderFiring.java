package uk.org.hscp.notifier.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.deadlines.ReminderStore;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.deadlines.ReminderStore.DueReminder;
import uk.org.hscp.notifier.platform.AfterCommit;

/**
 * Turns the reminders due by now into notices. Each batch is claimed with FOR UPDATE SKIP LOCKED, so
 * cluster members never take the same reminder; each reminder's deadline is re-read, and a reminder whose
 * deadline was met, moved or cancelled since it was planned is skipped. The notices of a batch are written
 * in one statement batch and planned into deliveries by the relay, so that a burst (everything due at 09:00)
 * becomes notices at the database's pace rather than at the pace of planning e-mails one by one. Also runs
 * once at start-up, so reminders that fell due while the service was down go out once.
 */
@Service
public class ReminderFiring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);
    static final int BATCH = 500;

    private final ReminderStore reminders;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Timer lateness;
    private final MeterRegistry meters;

    ReminderFiring(ReminderStore reminders, Notices notices, TransactionTemplate transaction, Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        // a histogram with buckets around the alert's threshold (p99 over 60 s): Prometheus computes the quantile
        this.lateness = Timer.builder("hscp.reminders.lateness")
                .description("How long after its due moment a reminder fired")
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofMinutes(5),
                        Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1))
                .register(meters);
        this.reminders = reminders;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return how many reminders were turned into notices */
    public int fireDue() {
        Instant now = clock.instant();
        int sent = 0;
        while (true) {
            Integer batch = transaction.execute(status -> fireBatch(now));
            if (batch == null || batch < 0) {
                break;
            }
            sent += batch;
        }
        if (sent > 0) {
            log.info("Sent {} reminder(s) due by {}", sent, now);
        }
        return sent;
    }

    /** @return reminders sent in this batch, or -1 when nothing was due */
    private int fireBatch(Instant now) {
        List<DueReminder> due = reminders.claimDue(now, BATCH);
        if (due.isEmpty()) {
            return -1;
        }
        List<DueReminder> current = due.stream().filter(DueReminder::stillCurrent).toList();
        notices.requestAll(current.stream().map(ReminderFiring::notice).toList());
        reminders.markSent(current, now);
        List<DueReminder> skipped = due.stream().filter(r -> !r.stillCurrent()).toList();
        reminders.markSkipped(skipped);
        AfterCommit.run(() -> {
            current.forEach(r -> {
                meters.counter("hscp.reminders.fired", "kind", r.kind(), "outcome", "sent").increment();
                lateness.record(Duration.between(r.fireAt(), now).isNegative() ? Duration.ZERO
                        : Duration.between(r.fireAt(), now));
            });
            skipped.forEach(r -> meters.counter("hscp.reminders.fired", "kind", r.kind(), "outcome", "skipped")
                    .increment());
        });
        return current.size();
    }

    private static NoticeRequest notice(DueReminder reminder) {
        NoticeKind kind = reminder.kind().equals("OVERDUE_ESCALATION") ? NoticeKind.ESCALATION : NoticeKind.REMINDER;
        return new NoticeRequest(kind, reminder.caseId(), null, reminder.deadlineId(), reminder.id(), List.of());
    }

    @Override
    public void run(ApplicationArguments args) {
        fireDue();
    }
}
