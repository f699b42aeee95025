package uk.org.hscp.notifier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: only the owner's code names them in SQL, and another module asks through the
 * owner's interface (as dispatch asks {@code DeadlineLookup}, which the deadlines module implements). The few
 * reads that still cross are listed below with the reason they do; a new one fails this test.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/uk/org/hscp/notifier");

    /** Every table the migrations create, by the module that owns it (Quartz's and Spring Session's their own). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("inbound_email", "intake"), Map.entry("inbound_attachment", "intake"),
            Map.entry("intake_journal_failure", "intake"),
            Map.entry("review_case", "cases"), Map.entry("case_counter", "cases"), Map.entry("case_form", "cases"),
            Map.entry("case_agency_access", "cases"),
            Map.entry("deadline", "deadlines"), Map.entry("reminder", "deadlines"),
            Map.entry("case_event", "deadlines"),
            Map.entry("notice", "dispatch"), Map.entry("delivery", "dispatch"), Map.entry("delivery_event", "dispatch"),
            Map.entry("service_instance", "dispatch"),
            Map.entry("lig_meeting", "meetings"), Map.entry("lig_meeting_attendance", "meetings"),
            Map.entry("audit_event", "audit"), Map.entry("audit_chain_head", "audit"),
            Map.entry("audit_chain_anchor", "audit"),
            Map.entry("staff_user", "security"), Map.entry("sign_in_failure", "security"),
            Map.entry("spring_session", "security"), Map.entry("spring_session_attributes", "security"));

    /** The reads across modules that remain, file → tables, each for a reason. */
    static final Map<String, Set<String>> CROSSINGS = Map.of(
            // the annual figures are aggregates over every case, deadline and notice: one query each, not a
            // row-by-row walk through four modules' interfaces
            "reports/infra/ReportQueries.java", Set.of("review_case", "case_event", "deadline", "delivery", "notice"),
            // the Today page's counts (due soon, waiting in quarantine, failed deliveries), likewise
            "today/infra/JdbcTodaysWork.java", Set.of("review_case", "deadline", "delivery", "inbound_email"),
            // the daily purge deletes and strips what the retention schedule says, in batches, never a held case:
            // the hold is checked in the statement that deletes
            "retention/infra/RetentionStore.java",
            Set.of("review_case", "case_form", "case_event", "inbound_email", "delivery", "audit_event"),
            // purging audit entries skips those of a held case in the same statement (as hscp_audit_purge does)
            "audit/infra/JdbcAuditChain.java", Set.of("review_case"),
            // replies per sender in the past hour: the outbox's notices joined to the e-mails they answer
            "intake/infra/JdbcReplyCounts.java", Set.of("notice"));

    private static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE\\s+([a-z_]+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_]+)");

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        created.removeIf(table -> table.startsWith("qrtz_")); // Quartz's job store, read by Quartz alone
        assertThat(created).as("tables the migrations create").isNotEmpty();
        assertThat(OWNERS.keySet()).as("every table has an owning module").containsAll(created);
    }

    @Test
    void onlyTheOwnerNamesItsTablesInSql() throws IOException {
        Map<String, Set<String>> crossings = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String module = relative.substring(0, relative.indexOf('/') < 0 ? 0 : relative.indexOf('/'));
                Matcher m = NAMED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String owner = OWNERS.get(m.group(1).toLowerCase(Locale.ROOT));
                    if (owner != null && !owner.equals(module)) {
                        crossings.computeIfAbsent(relative, k -> new TreeSet<>()).add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(crossings).as("SQL naming another module's tables (ask the owner's interface instead)")
                .isEqualTo(new TreeMap<>(CROSSINGS.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new TreeSet<>(e.getValue())))));
    }
}
