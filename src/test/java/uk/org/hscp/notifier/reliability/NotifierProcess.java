package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.springframework.test.util.TestSocketUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One instance of the service as an operator runs it: `java -jar target/review-notifier.jar` in its own JVM with
 * SPRING_PROFILES_ACTIVE=production and the HSCP_* variables of the README, the suite's trust store, and a
 * working folder whose config/recipients.yml has every placeholder replaced (production refuses placeholders).
 * Its output is its log, one file per start, all scanned for personal data when the scenario ends.
 */
final class NotifierProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "review-notifier.jar");
    static final String ADMIN_PASSWORD = "reliability-" + Long.toHexString(System.nanoTime());
    private static final List<NotifierProcess> RUNNING = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(NotifierProcess::kill9),
                "reliability-services-stop"));
    }

    private final String name;
    private final Path home;
    private final Map<String, String> environment;
    private final List<String> extraArguments;
    private final int httpPort = TestSocketUtils.findAvailableTcpPort();
    private final List<Path> logs = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    NotifierProcess(Servers servers, Path scenarioFolder, String name, String database, String mailbox,
            List<String> extraArguments) {
        this.name = name;
        this.home = scenarioFolder.resolve(name);
        this.extraArguments = List.copyOf(extraArguments);
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the reliability suite runs after package (./mvnw verify)");
        }
        writeRecipients(home.resolve("config/recipients.yml"));
        this.environment = Map.ofEntries(
                Map.entry("SPRING_PROFILES_ACTIVE", "production"),
                Map.entry("HSCP_DB_URL", servers.postgres.url(database)),
                Map.entry("HSCP_DB_USER", Postgres.ROLE),
                Map.entry("HSCP_DB_PASSWORD", servers.postgres.password()),
                Map.entry("HSCP_BROKER_URL", servers.artemis.url()),
                Map.entry("HSCP_BROKER_USER", Artemis.USER),
                Map.entry("HSCP_BROKER_PASSWORD", servers.artemis.password()),
                Map.entry("HSCP_IMAP_HOST", "localhost"),
                Map.entry("HSCP_IMAP_PORT", Integer.toString(servers.dovecot.imapsPort())),
                Map.entry("HSCP_MAILBOX_USER", mailbox),
                Map.entry("HSCP_MAILBOX_PASSWORD", servers.dovecot.password()),
                Map.entry("HSCP_SENT_COPIES_ADDRESS", Servers.sentCopiesAddress(mailbox)),
                Map.entry("HSCP_SMTP_HOST", "localhost"),
                Map.entry("HSCP_SMTP_PORT", Integer.toString(servers.postfix.port())),
                Map.entry("HSCP_SMTP_USER", Servers.RELAY_USER),
                Map.entry("HSCP_SMTP_PASSWORD", servers.dovecot.password()),
                Map.entry("HSCP_BASE_URL", "https://review-notifier.reliability.hants.gov.uk"),
                Map.entry("HSCP_SEED_ADMIN", "true"),
                Map.entry("HSCP_ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("HSCP_DATA_DIR", home.resolve("data").toString()),
                Map.entry("SERVER_PORT", Integer.toString(httpPort)));
        this.tlsArguments = servers.tls.jvmArguments();
    }

    private final List<String> tlsArguments;

    /** Starts the JVM (a new log file each time) and waits for /actuator/health to answer UP. */
    NotifierProcess start() {
        Path log = home.resolve("service-" + (logs.size() + 1) + ".log");
        logs.add(log);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(tlsArguments);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.add("--hscp.intake.sender-authentication.authserv-ids=" + Servers.AUTHSERV_ID);
        // the bursts come from a few sample senders: the per-sender reply limit (a flood defence) would silence them
        command.add("--hscp.intake.replies-per-sender-per-hour=100000");
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start", e);
        }
        RUNNING.add(this);
        return this;
    }

    /** Seconds from now until health answers UP (the process must stay alive meanwhile). */
    double awaitUp(Duration atMost) {
        long started = System.nanoTime();
        Awaitility.await(name + " UP").atMost(atMost).pollInterval(Duration.ofMillis(250)).pollInSameThread()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " stopped: " + Commands.tail(currentLog()));
                    }
                    return "UP".equals(status());
                });
        return (System.nanoTime() - started) / 1e9;
    }

    /** The overall health status, anonymously ("UP", "DOWN", …), or null when it does not answer within 2 s. */
    String status() {
        JsonNode health = health(false);
        return health == null ? null : health.path("status").asText(null);
    }

    /**
     * A part's status in the readiness group ("UP", "DOWN", or "NO ANSWER" within the timeout), and how long it
     * took. The HSCP team sees each part; anonymous callers see the group's status alone. While the database is
     * away nobody can sign in, so for "db" the anonymous readiness status stands for it (every other part is up).
     */
    record PartHealth(String status, double seconds) {
    }

    PartHealth part(String component, Duration timeout) {
        boolean signedIn = !"db".equals(component);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness")).timeout(timeout);
        if (signedIn) {
            request.header("Authorization", basic());
        }
        long started = System.nanoTime();
        try {
            String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
            JsonNode health = JSON.readTree(body);
            String status = signedIn ? health.path("components").path(component).path("status").asText("ABSENT")
                    : health.path("status").asText("ABSENT");
            return new PartHealth("OUT_OF_SERVICE".equals(status) ? "DOWN" : status, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            return new PartHealth("NO ANSWER", (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PartHealth("NO ANSWER", (System.nanoTime() - started) / 1e9);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Health with its components (signed in as admin), or null when it does not answer within 2 s. */
    JsonNode health(boolean details) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(2));
        if (details) {
            request.header("Authorization", basic());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.body().startsWith("{") ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** GET an API path as admin; the JSON answer. */
    JsonNode api(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(pathAndQuery + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** kill -9: no shutdown hook, no orderly close of connections or transactions. */
    void kill9() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RUNNING.remove(this);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    List<Path> logs() {
        return List.copyOf(logs);
    }

    Path currentLog() {
        return logs.get(logs.size() - 1);
    }

    @Override
    public void close() {
        Commands.stop(process, Duration.ofSeconds(30));
        RUNNING.remove(this);
    }

    /** The shipped recipients with each placeholder domain (*.example) replaced by one of the suite's. */
    private static void writeRecipients(Path file) {
        try {
            String shipped = Files.readString(Path.of("config", "recipients.yml"), StandardCharsets.UTF_8);
            Commands.write(file, shipped.replaceAll("@([A-Za-z0-9.-]+)\\.example\\b", "@$1.reliability-hscp.org.uk"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
