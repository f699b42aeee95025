package uk.org.hscp.notifier.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
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
 * becomes notices at the database's pace rather than at the pace of planning e-mails one by one. A burst (a
 * full first batch) is drained by {@code hscp.reminders.firing-workers} transactions side by side, each claiming
 * its own batches. Also runs once at start-up, so reminders that fell due while the service was down go out once.
 */
@Service
public class ReminderFiring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReminderFiring.class);
    static final int BATCH = 1000;

    private final ReminderStore reminders;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Timer lateness;
    private final MeterRegistry meters;
    /** The workers beside the calling thread that drain a burst. */
    private final ExecutorService helpers;
    private final int helperCount;

    ReminderFiring(ReminderStore reminders, Notices notices, TransactionTemplate transaction, Clock clock,
            MeterRegistry meters, @Value("${hscp.reminders.firing-workers:2}") int workers) {
        this.meters = meters;
        this.helperCount = Math.max(0, workers - 1);
        AtomicInteger named = new AtomicInteger();
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, task -> {
            Thread thread = new Thread(task, "reminder-firing-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        Batch first = transaction.execute(status -> fireBatch(now));
        if (first == null || first.claimed() == 0) {
            return 0;
        }
        int sent = first.sent();
        if (first.claimed() == BATCH && helpers != null) {
            // a burst: the helpers and this thread drain it side by side (SKIP LOCKED keeps their batches apart)
            List<Future<Integer>> drained = new ArrayList<>();
            for (int i = 0; i < helperCount; i++) {
                drained.add(helpers.submit(() -> drain(now)));
            }
            sent += drain(now);
            for (Future<Integer> helper : drained) {
                sent += join(helper);
            }
        } else {
            sent += drain(now);
        }
        log.info("Sent {} reminder(s) due by {}", sent, now);
        return sent;
    }

    private int drain(Instant now) {
        int sent = 0;
        while (true) {
            Batch batch = transaction.execute(status -> fireBatch(now));
            if (batch == null || batch.claimed() == 0) {
                return sent;
            }
            sent += batch.sent();
        }
    }

    private static int join(Future<Integer> helper) {
        try {
            return helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reminders were firing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    private record Batch(int claimed, int sent) {
    }

    /** Claims and fires one batch: how many were claimed (0: nothing was due) and how many became notices. */
    private Batch fireBatch(Instant now) {
        List<DueReminder> due = reminders.claimDue(now, BATCH);
        if (due.isEmpty()) {
            return new Batch(0, 0);
        }
        List<DueReminder> current = due.stream().filter(DueReminder::stillCurrent).toList();
        notices.requestAll(current.stream().map(ReminderFiring::notice).toList());
        reminders.markSent(current, now);
        List<DueReminder> skipped = due.stream().filter(r -> !r.stillCurrent()).toList();
        reminders.markSkipped(skipped);
        AfterCommit.run(() -> {
            // counted once per kind and batch (a burst is 100 batches, not 100,000 look-ups of a counter)
            countByKind(current, "sent");
            countByKind(skipped, "skipped");
            current.forEach(r -> lateness.record(Duration.between(r.fireAt(), now).isNegative() ? Duration.ZERO
                    : Duration.between(r.fireAt(), now)));
        });
        return new Batch(due.size(), current.size());
    }

    private void countByKind(List<DueReminder> fired, String outcome) {
        fired.stream().collect(Collectors.groupingBy(DueReminder::kind, Collectors.counting()))
                .forEach((kind, count) -> meters.counter("hscp.reminders.fired", "kind", kind, "outcome", outcome)
                        .increment(count));
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
