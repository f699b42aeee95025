package uk.org.hscp.notifier.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code config/retention.yml}: the shipped file, and every way a file can be wrong, each named. */
class RetentionScheduleTests {

    static final String GOOD = """
            retention:
              batch-size: 500
              classes:
                quarantined-unknown-sender: {keep: P30D, then: delete}
                accepted-email-raw: {keep: P1Y, then: tombstone}
                form-data-and-identity: {keep: P6Y, then: tombstone}
                delivery-bodies: {keep: P1Y, then: tombstone}
                audit-entries: {keep: P6Y, then: delete}
            """;

    @Test
    void theShippedFileHoldsTheDocumentedDefaults() throws Exception {
        RetentionSchedule schedule;
        try (var in = Files.newInputStream(Path.of("config/retention.yml"))) {
            schedule = RetentionSchedule.parse(in, "config/retention.yml");
        }
        assertThat(schedule.batchSize()).isEqualTo(500);
        assertThat(schedule.rule(RecordClass.QUARANTINED_UNKNOWN_SENDER))
                .isEqualTo(new RetentionSchedule.Rule(RecordClass.QUARANTINED_UNKNOWN_SENDER, Period.ofDays(30), Disposal.DELETE));
        assertThat(schedule.rule(RecordClass.ACCEPTED_EMAIL_RAW).keep()).isEqualTo(Period.ofYears(1));
        assertThat(schedule.rule(RecordClass.FORM_DATA_AND_IDENTITY).keep()).isEqualTo(Period.ofYears(6));
        assertThat(schedule.rule(RecordClass.DELIVERY_BODIES).keep()).isEqualTo(Period.ofYears(1));
        assertThat(schedule.rule(RecordClass.AUDIT_ENTRIES).then()).isEqualTo(Disposal.DELETE);
    }

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("an empty file", "", "retention is missing"),
                Arguments.of("no classes", "retention:\n  batch-size: 10\n", "retention.classes is missing"),
                Arguments.of("a class left out", GOOD.replace("    audit-entries: {keep: P6Y, then: delete}\n", ""),
                        "retention.classes.audit-entries is missing"),
                Arguments.of("a period left out", GOOD.replace("{keep: P1Y, then: tombstone}\n    form",
                        "{then: tombstone}\n    form"), "retention.classes.accepted-email-raw.keep is missing"),
                Arguments.of("a period in words", GOOD.replace("P30D", "30 days"),
                        "retention.classes.quarantined-unknown-sender.keep is not an ISO-8601 period"),
                Arguments.of("a period of nothing", GOOD.replace("P30D", "P0D"),
                        "retention.classes.quarantined-unknown-sender.keep must be longer than nothing"),
                Arguments.of("an unknown disposal", GOOD.replace("P30D, then: delete", "P30D, then: shred"),
                        "retention.classes.quarantined-unknown-sender.then must be delete or tombstone, not shred"),
                Arguments.of("a disposal the class does not allow", GOOD.replace("P6Y, then: tombstone", "P6Y, then: delete"),
                        "retention.classes.form-data-and-identity.then may only be tombstone, not delete"),
                Arguments.of("a disposal left out", GOOD.replace("P6Y, then: delete}", "P6Y}"),
                        "retention.classes.audit-entries.then is missing"),
                Arguments.of("a misspelt class", GOOD.replace("delivery-bodies", "delivery-body"),
                        "retention.classes.delivery-body is not a class of record"),
                Arguments.of("no batch size", GOOD.replace("  batch-size: 500\n", ""),
                        "retention.batch-size must be a number from 1 to 10000"),
                Arguments.of("not YAML", "retention: [", "not YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFiles")
    void aWrongFileIsRefusedNamingTheSetting(String what, String yaml, String message) {
        assertThatThrownBy(() -> RetentionSchedule.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "config/retention.yml"))
                .isInstanceOf(RetentionSchedule.InvalidRetentionException.class)
                .hasMessageStartingWith("config/retention.yml: ")
                .hasMessageContaining(message);
    }

    @Test
    void theServiceDoesNotStartWithAWrongFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("retention.yml"), GOOD.replace("P6Y, then: delete", "P6Y, then: tombstone"));
        new ApplicationContextRunner()
                .withSystemProperties("hscp.config-dir=" + dir)
                .withUserConfiguration(RetentionConfiguration.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("retention.classes.audit-entries.then may only be delete"));
    }
}
