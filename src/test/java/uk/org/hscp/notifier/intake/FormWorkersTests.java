package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.forms.ReadResult;

class FormWorkersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final byte[] SLOW = {1};
    private static final byte[] FAST = {2};

    /** Reads FAST at once; SLOW blocks until its worker is interrupted (as a runaway parser would, at a check). */
    private final CountDownLatch never = new CountDownLatch(1);

    private ReadResult read(byte[] bytes, LocalDate today) {
        if (bytes == SLOW) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ReadResult.NotAForm("interrupted");
        }
        return new ReadResult.NotAForm("fast");
    }

    private static Attachment file(byte[] bytes) {
        return new Attachment("f", "application/pdf", bytes);
    }

    @Test
    void aFileNotReadWithinTheLimitIsUnreadableAndTheOthersKeepTheirResults() {
        try (FormWorkers workers = new FormWorkers(this::read, 2, Duration.ofMillis(500))) {
            List<ReadResult> results = workers.readAll(List.of(file(FAST), file(SLOW), file(FAST)), TODAY);

            assertThat(results.get(0)).isEqualTo(new ReadResult.NotAForm("fast"));
            assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                    u -> assertThat(u.reason()).contains("took longer than"));
            assertThat(results.get(2)).isInstanceOf(ReadResult.Unreadable.class);
        }
    }

    @Test
    void twoSlowEmailsDoNotHoldTheWorkersForTheNext() {
        try (FormWorkers workers = new FormWorkers(this::read, 2, Duration.ofMillis(500))) {
            var first = CompletableFuture.supplyAsync(() -> workers.readAll(List.of(file(SLOW)), TODAY));
            var second = CompletableFuture.supplyAsync(() -> workers.readAll(List.of(file(SLOW)), TODAY));
            assertThat(first.join().get(0)).isInstanceOf(ReadResult.Unreadable.class);
            assertThat(second.join().get(0)).isInstanceOf(ReadResult.Unreadable.class);

            // the interrupted workers are free again: a good e-mail is read in full
            assertThat(workers.readAll(List.of(file(FAST)), TODAY)).containsExactly(new ReadResult.NotAForm("fast"));
        }
    }

    @Test
    void theLimitCountsFromTheMomentAWorkerStartsNotWhileTheEmailWaitsForOne() {
        try (FormWorkers workers = new FormWorkers(this::read, 1, Duration.ofMillis(500))) {
            var slow = CompletableFuture.supplyAsync(() -> workers.readAll(List.of(file(SLOW)), TODAY));
            var waiting = CompletableFuture.supplyAsync(() -> workers.readAll(List.of(file(FAST)), TODAY));

            assertThat(slow.join().get(0)).isInstanceOf(ReadResult.Unreadable.class);
            assertThat(waiting.join()).containsExactly(new ReadResult.NotAForm("fast"));
        }
    }
}
