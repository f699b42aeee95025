package uk.org.hscp.notifier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * The benchmarks' own code, at a size that takes seconds: each runs and reports sane figures under every key
 * the full run (./mvnw -Pbench verify) writes, in target/bench-smoke/.
 */
@BenchServiceTest
class BenchmarksTests {

    @Autowired AutowireCapableBeanFactory beans;

    @Test
    void everyBenchmarkRunsSmallAndReportsEveryFigure() throws Exception {
        BenchScale scale = BenchScale.SMOKE;
        BenchResults results = BenchResults.of(scale);

        results.record(beans.createBean(IntakeBenchmark.class).measure(scale));
        results.record(beans.createBean(ReminderFiringBenchmark.class).measure(scale));
        results.record(beans.createBean(SchedulingBenchmark.class).measure(scale));
        results.record(new FootprintBenchmark().measure(scale));
        results.record(new FormParsingBenchmark().measure(scale));

        Map<String, Double> figures = results.read();
        assertThat(figures).containsKeys(BenchResults.requiredKeys().toArray(String[]::new));
        assertThat(figures).allSatisfy((key, value) -> assertThat(value).as(key).isFinite());
        for (String rate : new String[] {"intake_forms_per_s", "raw_fetch_per_s", "intake_vs_raw_fetch",
                "reminders_fired_per_s", "reminders_fired_per_s_one_trigger_each", "schedule_10k_cases_s",
                "startup_s", "idle_heap_mib", "heap_after_10k_emails_mib", "reminder_lateness_p99_ms",
                "reminder_lateness_p99_ms_10k"}) {
            assertThat(figures.get(rate)).as(rate).isPositive();
        }
        for (String format : new String[] {"docx", "doc", "pdf"}) {
            assertThat(figures.get("parse_" + format + "_p50_ms")).as(format).isPositive()
                    .isLessThanOrEqualTo(figures.get("parse_" + format + "_p99_ms"));
        }
        assertThat(figures.get("intake_p50_ms")).isLessThanOrEqualTo(figures.get("intake_p99_ms"));
        assertThat(figures.get("intake_p99_ms_with_poll_wait")).as("arrival to acknowledgement").isPositive();
        assertThat(figures.get("idle_heap_mib")).isLessThan(4096);
        assertThat(Files.readString(results.markdown())).contains("cores", "MiB memory", "| `intake_forms_per_s` |",
                "| `startup_s` |", "≥ 50");
    }
}
