package uk.org.hscp.notifier.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules of ops/prometheus/alerts.yml, checked and unit-tested by Prometheus's own promtool (Debian's
 * {@code prometheus} package; .ci/run installs it). Without promtool this test fails: it never skips. The series
 * the promtool tests write carry the names and labels of a real scrape (checked by MetricsEndToEndTests).
 */
class AlertRulesTests {

    static final Path RULES_DIR = Path.of("ops", "prometheus");

    record Run(int exitCode, String output) {
    }

    static Run promtool(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getenv().getOrDefault("PROMTOOL", "promtool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is needed to test the alert rules: install Debian's 'prometheus'"
                    + " package (.ci/run does) or set PROMTOOL to its path", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void theRulesAreValid() throws Exception {
        Run run = promtool(RULES_DIR, "check", "rules", "alerts.yml");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS: 8 rules found");
    }

    @Test
    void everyAlertFiresOnItsCaseAndStaysSilentOnTheOther() throws Exception {
        Run run = promtool(RULES_DIR, "test", "rules", "alerts-tests.yml");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS");
        String tests = Files.readString(RULES_DIR.resolve("alerts-tests.yml"));
        for (String alert : List.of("NotifierDown", "MailboxNotPolled", "DeadlineOverdue", "DeliveryFailed",
                "DeadLetterWaiting", "QuarantineWaiting", "RemindersLate", "CalendarCoverageEnding")) {
            String group = tests.substring(tests.indexOf("- name: " + alert));
            int next = group.indexOf("\n  - name: ", 1);
            group = next < 0 ? group : group.substring(0, next);
            assertThat(group).as(alert + ": a silent case").contains("exp_alerts: []");
            assertThat(group).as(alert + ": a firing case").contains("exp_labels:");
        }
    }

    @Test
    void aRuleThatNoLongerFiresFailsItsTest(@TempDir Path dir) throws Exception {
        String rules = Files.readString(RULES_DIR.resolve("alerts.yml"));
        Files.writeString(dir.resolve("alerts.yml"), rules.replace("> 600", "> 6000"));
        Files.copy(RULES_DIR.resolve("alerts-tests.yml"), dir.resolve("alerts-tests.yml"));

        Run run = promtool(dir, "test", "rules", "alerts-tests.yml");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("FAILED").contains("MailboxNotPolled");
    }
}
