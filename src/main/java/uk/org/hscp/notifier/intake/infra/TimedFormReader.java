package uk.org.hscp.notifier.intake.infra;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.forms.ReadResult;

/** The form reader as the intake workers call it, each read timed by format and outcome ({@code hscp.forms.read}). */
final class TimedFormReader {

    private final FormReader reader;
    private final MeterRegistry meters;

    TimedFormReader(FormReader reader, MeterRegistry meters) {
        this.reader = reader;
        this.meters = meters;
    }

    ReadResult read(byte[] bytes, LocalDate today) {
        long start = System.nanoTime();
        ReadResult result = reader.read(bytes, today);
        String outcome = result instanceof ReadResult.Read ? "read"
                : result instanceof ReadResult.Unreadable ? "unreadable"
                : result instanceof ReadResult.NeedsManualEntry ? "needs_manual_entry" : "not_a_form";
        Timer.builder("hscp.forms.read").description("Reading one attachment as a form")
                .tags("format", FormReader.formatOf(bytes), "outcome", outcome).register(meters)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return result;
    }
}
