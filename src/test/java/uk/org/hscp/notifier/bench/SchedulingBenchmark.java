package uk.org.hscp.notifier.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.bench.BenchResults.Figure;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.cases.NewCase;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.deadlines.quartz.WakeUps;

/**
 * What an accepted referral does to the timescales, 10,000 times: in one transaction each, open the case and
 * record the three events a Referral Form records (intake's CaseEvents): the referral first notified and
 * confirmed in writing, and the case opened, which creates every deadline they start, with its reminders and
 * Quartz wake-ups, and requests the summary-of-involvement notice. Two threads, as the intake queue's two
 * consumers (routes/intake-read-forms.yaml).
 */
@BenchServiceTest
public class SchedulingBenchmark {

    private static final int CONSUMERS = 2;

    @Autowired Cases cases;
    @Autowired DeadlineScheduling scheduling;
    @Autowired WakeUps wakeUps;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired CamelContext camel;
    @Autowired EmbeddedActiveMQ broker;

    @Test
    void casesFromReferrals() throws Exception {
        BenchScale scale = BenchScale.fromSystemProperties();
        BenchResults.of(scale).record(measure(scale));
    }

    List<Figure> measure(BenchScale scale) throws Exception {
        int count = Integer.getInteger("bench.scheduling.count", scale.pick(10_000, 20));
        var service = new BenchService(jdbc, camel, broker);
        service.empty();
        service.stopSending();
        try {
            long start = System.nanoTime();
            var next = new java.util.concurrent.atomic.AtomicInteger();
            var consumers = java.util.concurrent.Executors.newFixedThreadPool(CONSUMERS);
            var running = new ArrayList<java.util.concurrent.Future<?>>();
            for (int c = 0; c < CONSUMERS; c++) {
                running.add(consumers.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        openFromReferral(n);
                    }
                }));
            }
            for (var consumer : running) {
                consumer.get();
            }
            consumers.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            long deadlines = service.count("SELECT COUNT(*) FROM deadline");
            long reminders = service.count("SELECT COUNT(*) FROM reminder");
            return List.of(
                    new Figure("schedule_10k_cases_s", seconds, count + " cases, one transaction each, on " + CONSUMERS
                            + " threads as the intake queue's " + CONSUMERS + " consumers:"
                            + " Cases.open and DeadlineScheduling.record of REFERRAL_FIRST_NOTIFIED,"
                            + " REFERRAL_FORM_RECEIVED and CASE_OPENED (what a Referral Form records); " + deadlines
                            + " deadlines, " + reminders + " reminders and " + wakeUps.scheduledCount()
                            + " Quartz wake-ups written; the summary-of-involvement notices are requested and planned"
                            + " (7 deliveries each) but not sent; embedded PostgreSQL 16, synchronous_commit on"),
                    new Figure("schedule_cases_per_s", count / seconds, null));
        } finally {
            service.empty();
            service.startSending();
        }
    }

    /** What FormIntake and CaseEvents do for an accepted Referral Form, without reading a form. */
    private void openFromReferral(int n) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            long caseId = cases.open(new NewCase("Child" + n, "Bench", LocalDate.of(2017, 1, 17),
                    "Hampshire Constabulary", "anna.kowalska@hampshire.police.uk", LocalDate.now(clock)), now).id();
            Instant received = now.minus(Duration.ofMinutes(5));
            scheduling.record(caseId, CaseEventType.REFERRAL_FIRST_NOTIFIED, received, null, null, "intake");
            scheduling.record(caseId, CaseEventType.REFERRAL_FORM_RECEIVED, received, null, null, "intake");
            scheduling.record(caseId, CaseEventType.CASE_OPENED, now, null, null, "intake");
        });
    }
}
