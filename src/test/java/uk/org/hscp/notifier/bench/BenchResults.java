package uk.org.hscp.notifier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes what the benchmarks measured to results.json (flat keys, one number each, plus the machine and a note
 * per figure) and results.md (a table for people: each figure beside its target). Each benchmark adds its
 * figures to what earlier ones in the same directory wrote, so the files grow as the run goes.
 */
public final class BenchResults {

    /** A measured number, and what a reader needs to judge it. */
    public record Figure(String key, double value, String note) {
    }

    private record Definition(String label, String unit, String target, Double atLeast, Double atMost) {

        String verdict(double value) {
            if (atLeast == null && atMost == null) {
                return "";
            }
            boolean met = (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
            return met ? "met" : "**missed**";
        }
    }

    /** Every figure a full run reports, in the order of the table, with its target where it has one. */
    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    static {
        define("intake_forms_per_s", "Intake: referral e-mails read, cases opened and acknowledgements sent", "forms/s",
                "≥ 50", 50.0, null);
        define("raw_fetch_per_s", "Bare Jakarta Mail IMAP client fetching the same e-mails", "e-mails/s", "", null, null);
        define("intake_vs_raw_fetch", "Intake rate ÷ raw fetch rate", "", "≥ 0.5", 0.5, null);
        // measured on the reliability suite's servers (reliability/IntakeOnDovecotBenchmark): the full run only
        define("intake_forms_per_s_dovecot", "Intake through Dovecot (IMAPS) and Postfix (STARTTLS, AUTH), production"
                + " profile", "forms/s", "≥ 50", 50.0, null);
        define("raw_fetch_per_s_dovecot", "Bare Jakarta Mail IMAPS client fetching the same e-mails from Dovecot",
                "e-mails/s", "", null, null);
        define("intake_vs_raw_fetch_dovecot", "Intake rate ÷ raw fetch rate, Dovecot", "", "", null, null);
        define("intake_all_deliveries_sent_s_dovecot", "Dovecot run: first e-mail journaled → last of its e-mails"
                + " sent through Postfix", "s", "", null, null);
        define("intake_p50_ms", "Intake latency p50 (arrival → acknowledgement SENT, minus the poll interval)", "ms",
                "", null, null);
        define("intake_p99_ms", "Intake latency p99 (arrival → acknowledgement SENT, minus the poll interval)", "ms",
                "≤ 2000", null, 2000.0);
        define("reminders_fired_per_s", "Reminders turned into notices, 100,000 due at once", "reminders/s", "≥ 50000",
                50000.0, null);
        define("reminder_lateness_p99_ms", "Reminder lateness p99, 100,000 due at once (notice created − due)", "ms",
                "≤ 3000", null, 3000.0);
        define("reminder_lateness_p99_ms_10k", "Reminder lateness p99, 10,000 due at once", "ms", "≤ 500", null,
                500.0);
        define("reminders_fired_per_s_one_trigger_each",
                "Baseline: one Quartz trigger per reminder, Quartz defaults", "reminders/s", "", null, null);
        define("schedule_10k_cases_s", "Open 10,000 cases from referrals: deadlines, reminders, Quartz wake-ups", "s",
                "", null, null);
        for (String format : new String[] {"docx", "doc", "pdf"}) {
            define("parse_" + format + "_p50_ms", "Reading one ." + format + " sample form, p50", "ms", "", null, null);
            define("parse_" + format + "_p99_ms", "Reading one ." + format + " sample form, p99", "ms", "", null, null);
        }
        define("startup_s", "Start-up of the packaged jar to health UP", "s", "≤ 10", null, 10.0);
        define("idle_heap_mib", "Heap in use after start-up and a full GC", "MiB", "≤ 256", null, 256.0);
        define("heap_after_10k_emails_mib", "Heap in use after 10,000 e-mails and a full GC", "MiB", "", null, null);
    }

    private static void define(String key, String label, String unit, String target, Double atLeast, Double atMost) {
        DEFINITIONS.put(key, new Definition(label, unit, target, atLeast, atMost));
    }

    /** The figures every run reports, the smoke run included (not those that need the real mail servers). */
    public static List<String> requiredKeys() {
        return DEFINITIONS.keySet().stream().filter(key -> !key.endsWith("_dovecot")).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Directories written by this JVM: the first record of a run replaces what an earlier run left. */
    private static final java.util.Set<Path> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final boolean full;

    private BenchResults(Path directory, boolean full) {
        this.directory = directory;
        this.full = full;
    }

    public static BenchResults of(BenchScale scale) {
        return new BenchResults(scale.outputDirectory(), scale.full());
    }

    public Path json() {
        return directory.resolve("results.json");
    }

    public Path markdown() {
        return directory.resolve("results.md");
    }

    /** Adds the figures to the files (replacing earlier values of the same keys) and rewrites both. */
    public synchronized void record(List<Figure> figures) {
        try {
            Files.createDirectories(directory);
            if (STARTED.add(directory.toAbsolutePath())) {
                Files.deleteIfExists(json());
                Files.deleteIfExists(markdown());
            }
            ObjectNode root = Files.exists(json()) ? (ObjectNode) JSON.readTree(json().toFile()) : JSON.createObjectNode();
            ObjectNode notes = root.has("notes") ? (ObjectNode) root.get("notes") : JSON.createObjectNode();
            for (Figure figure : figures) {
                root.put(figure.key(), round(figure.value()));
                loadBy(root).put(figure.key(), loadAverage());
                if (figure.note() != null && !figure.note().isBlank()) {
                    notes.put(figure.key(), figure.note());
                }
            }
            root.set("notes", notes);
            root.set("machine", machine());
            root.put("measured_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            root.put("full", full);
            JSON.writeValue(json().toFile(), root);
            Files.writeString(markdown(), render(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Double> read() {
        try {
            Map<String, Double> values = new LinkedHashMap<>();
            JSON.readTree(json().toFile()).fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    values.put(e.getKey(), e.getValue().asDouble());
                }
            });
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's one-minute load average as each figure was recorded: other work on the machine shows. */
    private static ObjectNode loadBy(ObjectNode root) {
        if (!root.has("load_average_when_recorded")) {
            root.set("load_average_when_recorded", JSON.createObjectNode());
        }
        return (ObjectNode) root.get("load_average_when_recorded");
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private static double round(double value) {
        double scale = Math.abs(value) >= 100 ? 10 : 1000;
        return Math.round(value * scale) / scale;
    }

    private static ObjectNode machine() {
        ObjectNode machine = JSON.createObjectNode();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            machine.put("memory_mib", sun.getTotalMemorySize() / (1024 * 1024));
        }
        machine.put("cpu", cpuModel());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("benchmark_jvm_max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return machine;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String render(ObjectNode root) {
        var machine = root.get("machine");
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        if (!root.path("full").asBoolean(false)) {
            md.append("**Smoke run** (without -Dbench.full=true): small sizes that check the benchmarks' code; the"
                    + " labels name the sizes of the full run, the notes the sizes of this one.\n\n");
        }
        md.append("Measured ").append(root.get("measured_at").asText()).append(" on ")
                .append(machine.get("cores").asInt()).append(" cores (").append(machine.get("cpu").asText())
                .append("), ").append(machine.path("memory_mib").asLong()).append(" MiB memory, ")
                .append(machine.get("java").asText()).append(", ").append(machine.get("os").asText()).append(".\n\n");
        md.append("| figure | key | measured | target | |\n|---|---|---:|---|---|\n");
        for (var entry : DEFINITIONS.entrySet()) {
            var value = root.get(entry.getKey());
            Definition d = entry.getValue();
            md.append("| ").append(d.label()).append(" | `").append(entry.getKey()).append("` | ")
                    .append(value == null ? "not run" : format(value.asDouble()) + (d.unit().isEmpty() ? "" : " " + d.unit()))
                    .append(" | ").append(d.target().isEmpty() ? "" : d.target() + " " + d.unit()).append(" | ")
                    .append(value == null ? "" : d.verdict(value.asDouble())).append(" |\n");
        }
        List<String> extras = new java.util.ArrayList<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber() && !DEFINITIONS.containsKey(e.getKey())) {
                extras.add("| `" + e.getKey() + "` | " + format(e.getValue().asDouble()) + " |");
            }
        });
        if (!extras.isEmpty()) {
            md.append("\nAlso measured:\n\n| key | value |\n|---|---:|\n").append(String.join("\n", extras)).append("\n");
        }
        var loads = new java.util.TreeSet<Double>();
        root.path("load_average_when_recorded").forEach(load -> loads.add(load.asDouble()));
        if (!loads.isEmpty()) {
            md.append("\nThe machine's 1-minute load average when the figures were recorded: ").append(loads.first())
                    .append(" to ").append(loads.last()).append(" (on ").append(machine.get("cores").asInt())
                    .append(" cores: the benchmarks alone keep it near that; well above it, other work on the machine competed"
                    + " with them).\n");
        }
        md.append("\nHow each figure was measured:\n\n");
        root.get("notes").fields().forEachRemaining(e -> md.append("- `").append(e.getKey()).append("`: ")
                .append(e.getValue().asText()).append("\n"));
        return md.toString();
    }

    private static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1 ? "%.2f" : "%.3f", value);
    }
}
