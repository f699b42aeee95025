package uk.org.hscp.notifier.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

import uk.org.hscp.notifier.bench.BenchResults.Figure;

/**
 * The service as it is run: a JVM started on the packaged jar (target/review-notifier.jar) with the embedded
 * defaults (H2, Artemis, GreenMail) in a data directory of its own, timed from the process start to
 * /actuator/health answering UP; then its heap after a full GC. Also, when the jar is there, the same jar
 * extracted and started with a class data sharing archive made by a training run (Spring Boot's documented
 * way to start faster). Without the jar (the normal test run, which tests before it packages), the smoke run
 * starts the application from the test class path instead.
 */
public class FootprintBenchmark {

    static final Path JAR = Path.of("target", "review-notifier.jar");
    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");

    @Test
    void startupAndIdleHeap() throws Exception {
        BenchScale scale = BenchScale.fromSystemProperties();
        BenchResults.of(scale).record(measure(scale));
    }

    List<Figure> measure(BenchScale scale) throws Exception {
        Path work = Files.createDirectories(scale.outputDirectory().resolve("footprint"));
        boolean jar = Files.exists(JAR);
        if (scale.full() && !jar) {
            throw new IllegalStateException(JAR + " is missing: the bench profile runs after package");
        }
        List<String> command = jar ? List.of("-jar", JAR.toAbsolutePath().toString())
                : List.of("-cp", applicationClassPath(), "uk.org.hscp.notifier.ReviewNotifierApplication");
        String what = jar ? "java -jar target/review-notifier.jar" : "the application from the test class path";
        Path data = work.resolve("data");
        deleteRecursively(data);

        List<Double> starts = new ArrayList<>();
        double idleHeap = 0;
        int runs = scale.pick(3, 1);
        for (int run = 1; run <= runs; run++) {
            try (Service service = Service.start(command, data)) {
                starts.add(service.secondsToUp());
                if (run == runs) {
                    idleHeap = service.heapAfterGcMib();
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("startup_s", median(starts), "median of " + runs + " start(s) of " + what + " (the first"
                + " on an empty data directory, so it creates the database and the broker journal), from the process"
                + " start to /actuator/health UP (every part up: database, broker, mail server and mailbox, Camel);"
                + " JVM defaults; each: " + starts));
        figures.add(new Figure("idle_heap_mib", idleHeap, "heap in use (jcmd GC.heap_info) after start-up and a full"
                + " GC (jcmd GC.run), in the JVM of " + what + ", JVM defaults"));
        if (jar && scale.full()) {
            List<Double> cds = startsWithClassDataSharing(work, data, 2);
            figures.add(new Figure("startup_extracted_cds_s", median(cds), "the same jar extracted (java -Djarmode=tools"
                    + " -jar … extract) and started with a class data sharing archive from a training run"
                    + " (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh); median of " + cds.size() + ": " + cds));
        }
        return figures;
    }

    private static List<Double> startsWithClassDataSharing(Path work, Path data, int runs) throws Exception {
        Path extracted = work.resolve("extracted");
        deleteRecursively(extracted);
        run(List.of(java(), "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "extract", "--destination",
                extracted.toAbsolutePath().toString()), work);
        Path app = extracted.resolve("review-notifier.jar").toAbsolutePath();
        Path archive = extracted.resolve("application.jsa").toAbsolutePath();
        try (Service training = Service.start(List.of("-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", app.toString()), data)) {
            training.awaitExit();
        }
        List<Double> starts = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Service service = Service.start(List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString()),
                    data)) {
                starts.add(service.secondsToUp());
            }
        }
        return starts;
    }

    /** A service JVM on free ports, its output in a log file beside its data directory. */
    private static final class Service implements AutoCloseable {

        /** Tomcat's own line once it listens: the port it was given by the system (server.port=0). */
        private static final Pattern LISTENING = Pattern.compile("Tomcat started on port (\\d+)");

        private final Process process;
        private final long startedNanos;
        private final Path log;

        private Service(Process process, long startedNanos, Path log) {
            this.process = process;
            this.startedNanos = startedNanos;
            this.log = log;
        }

        static Service start(List<String> arguments, Path data) throws IOException {
            Files.createDirectories(data);
            List<String> command = new ArrayList<>();
            command.add(java());
            command.addAll(arguments);
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            Path log = data.getParent().resolve("service-" + System.nanoTime() + ".log");
            builder.redirectOutput(log.toFile());
            var env = builder.environment();
            env.put("HSCP_DATA_DIR", data.toAbsolutePath().toString());
            env.put("HSCP_SMTP_PORT", Integer.toString(TestSocketUtils.findAvailableTcpPort()));
            env.put("HSCP_IMAP_PORT", Integer.toString(TestSocketUtils.findAvailableTcpPort()));
            env.put("SERVER_PORT", "0");
            env.put("HSCP_ADMIN_PASSWORD", "benchmark-only");
            long started = System.nanoTime();
            return new Service(builder.start(), started, log);
        }

        /** The HTTP port the service reports in its log, once Tomcat listens. */
        private int httpPort() throws IOException {
            Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return listening.find() ? Integer.parseInt(listening.group(1)) : 0;
        }

        double secondsToUp() {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long up = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .pollInSameThread().until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The service stopped while starting; see " + log);
                        }
                        int port = httpPort();
                        if (port == 0) {
                            return 0L;
                        }
                        HttpRequest health = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2)).build();
                        try {
                            String body = client.send(health, HttpResponse.BodyHandlers.ofString()).body();
                            return body.startsWith("{\"status\":\"UP\"") ? System.nanoTime() : 0L;
                        } catch (IOException notListeningYet) {
                            return 0L;
                        }
                    }, at -> at > 0);
            return (up - startedNanos) / 1e9;
        }

        double heapAfterGcMib() throws Exception {
            String pid = Long.toString(process.pid());
            run(List.of(jcmd(), pid, "GC.run"), log.getParent());
            Matcher used = HEAP_USED.matcher(run(List.of(jcmd(), pid, "GC.heap_info"), log.getParent()));
            if (!used.find()) {
                throw new IllegalStateException("Could not read the heap of " + pid);
            }
            return Long.parseLong(used.group(1)) / 1024.0;
        }

        void awaitExit() throws InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The training run did not stop; see " + log);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** The main classes and their dependencies, from the class path surefire gives the tests (without theirs). */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jcmd() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.exists(jcmd) ? jcmd.toString() : "jcmd";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
