package uk.org.hscp.notifier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.bench.BenchResults.Figure;
import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.forms.ReadResult;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The time to read one form, per format (.docx, .doc, .pdf), over every sample form of ../shared/forms/good: each
 * file read as many times again after a warm-up, p50 and p99 of the single reads. No Spring, no database: the
 * reader alone, as the {@code parse} command and the intake use it.
 */
public class FormParsingBenchmark {

    private static final List<String> FORMATS = List.of("docx", "doc", "pdf");

    @Test
    void everySampleFormPerFormat() {
        BenchScale scale = BenchScale.fromSystemProperties();
        BenchResults.of(scale).record(measure(scale));
    }

    List<Figure> measure(BenchScale scale) {
        int rounds = scale.pick(20, 1);
        FormReader reader = new FormReader();
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Figure> figures = new ArrayList<>();
        samplesByFormat().forEach((format, forms) -> {
            for (int i = 0; i < rounds; i++) {
                forms.forEach(bytes -> requireRead(reader.read(bytes, today), format));
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                for (byte[] bytes : forms) {
                    long start = System.nanoTime();
                    requireRead(reader.read(bytes, today), format);
                    nanos.add(System.nanoTime() - start);
                }
            }
            Collections.sort(nanos);
            String note = "the " + forms.size() + " sample ." + format + " forms of ../shared/forms/good, each read "
                    + rounds + " time(s) after as many warm-up reads; " + nanos.size() + " reads, one thread";
            figures.add(new Figure("parse_" + format + "_p50_ms", Percentiles.of(nanos, 50) / 1e6, note));
            figures.add(new Figure("parse_" + format + "_p99_ms", Percentiles.of(nanos, 99) / 1e6, note));
        });
        return figures;
    }

    private static Map<String, List<byte[]>> samplesByFormat() {
        Map<String, List<byte[]>> byFormat = new LinkedHashMap<>();
        FORMATS.forEach(format -> byFormat.put(format, new ArrayList<>()));
        try (Stream<Path> files = Files.list(TestMailbox.SHARED_FORMS.resolve("good"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String format = name.substring(name.lastIndexOf('.') + 1);
                if (byFormat.containsKey(format)) {
                    byFormat.get(format).add(Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byFormat;
    }

    private static void requireRead(ReadResult result, String format) {
        if (!(result instanceof ReadResult.Read)) {
            throw new IllegalStateException("A sample ." + format + " form did not read: " + result);
        }
    }
}
