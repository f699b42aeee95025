package uk.org.hscp.notifier.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.forms.ReadResult;

/**
 * Reads the files of an e-mail on a bounded pool of workers, with a time limit, so that a hostile or
 * pathological file cannot hold an intake consumer (or its database transaction: callers read before they
 * open one). One e-mail's files are read in turn on one worker; the limit counts from the moment a worker
 * starts on them, so an e-mail waiting for a worker is not cut short by its neighbour's slowness. A file not
 * read in time is {@link ReadResult.Unreadable}; the worker is interrupted, and the form readers stop at
 * their next check.
 */
public final class FormWorkers implements AutoCloseable {

    private final BiFunction<byte[], LocalDate, ReadResult> reader;
    private final ExecutorService pool;
    private final Duration timeout;

    /** @param reader {@link FormReader#read}, in production */
    public FormWorkers(BiFunction<byte[], LocalDate, ReadResult> reader, int threads, Duration timeout) {
        this.reader = reader;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "form-reader-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @return one result per file, in order
     * @throws IllegalStateException when no worker became free within the time limit (the caller fails, and the
     *                               broker redelivers later)
     */
    public List<ReadResult> readAll(List<Attachment> files, LocalDate today) {
        ReadResult[] results = new ReadResult[files.size()];
        boolean[] closed = {false}; // set when the caller stops waiting: what comes later does not count
        CountDownLatch started = new CountDownLatch(1);
        long[] startedAt = new long[1];
        Future<?> job = pool.submit(() -> {
            startedAt[0] = System.nanoTime();
            started.countDown();
            for (int i = 0; i < files.size() && !Thread.currentThread().isInterrupted(); i++) {
                ReadResult result = reader.apply(files.get(i).bytes(), today);
                synchronized (results) {
                    if (closed[0]) {
                        return;
                    }
                    results[i] = result;
                }
            }
        });
        try {
            // a worker busy past its limit is interrupted then: wait a little longer than that for one to be free
            if (!started.await(2 * timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                job.cancel(true);
                throw new IllegalStateException("No form reader was free within " + 2 * timeout.toSeconds() + " s");
            }
            long left = startedAt[0] + timeout.toNanos() - System.nanoTime();
            job.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | CancellationException e) {
            synchronized (results) {
                closed[0] = true; // before the interrupt: what the worker returns once interrupted does not count
            }
            job.cancel(true);
        } catch (ExecutionException e) {
            // a reader threw (it returns a result for every failure it knows): the rest are unreadable below
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the forms were read", e);
        }
        List<ReadResult> all = new ArrayList<>(files.size());
        synchronized (results) {
            closed[0] = true;
            for (ReadResult result : results) {
                all.add(result != null ? result : new ReadResult.Unreadable("reading the file took longer than "
                        + timeout.toSeconds() + " s (the limit)", false));
            }
        }
        return all;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
