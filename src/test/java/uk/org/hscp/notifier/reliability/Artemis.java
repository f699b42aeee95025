package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.springframework.test.util.TestSocketUtils;

/**
 * The standalone Artemis broker from Maven (org.apache.artemis:apache-artemis:2.56.0, bin.tar.gz, unpacked into
 * target/artemis by the build), an instance made with `artemis create` (login required, one core acceptor on a
 * loopback port), with the address settings the service relies on (redelivery with back-off, the dead-letter
 * addresses intake.dead and dispatch.dead) copied from docker/artemis/broker.xml, the compose broker's file.
 */
final class Artemis implements AutoCloseable {

    static final String USER = "notifier";
    private static final Pattern SERVICE_SETTING = Pattern.compile(
            "\\s*<address-setting match=\"(?:intake\\.received|dispatch\\.outbound)\">.*?</address-setting>\\n", Pattern.DOTALL);
    private static final Pattern ADDRESSES = Pattern.compile("<addresses>(.*?)</addresses>", Pattern.DOTALL);

    private final Path instance;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final String password = "broker-" + Long.toHexString(System.nanoTime());
    private Process process;
    private int starts;

    Artemis(Path scratch) {
        this.instance = scratch.resolve("artemis");
        Path home = distribution();
        Commands.run(scratch, List.of("bash", home.resolve("bin/artemis").toString(), "create", "--silent", "--force",
                "--user", USER, "--password", password, "--require-login", "--host", "127.0.0.1",
                "--default-port", Integer.toString(port), "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--java-memory", "512M", "--nio", "--no-autotune",
                instance.toString()));
        withServiceAddressSettings(instance.resolve("etc/broker.xml"));
    }

    /** Where the build unpacked the distribution (failsafe passes it; found under target/artemis otherwise). */
    static Path distribution() {
        String configured = System.getProperty("reliability.artemis.home");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> unpacked = Files.list(Path.of("target", "artemis"))) {
            return unpacked.filter(p -> p.getFileName().toString().startsWith("apache-artemis-")).findFirst()
                    .orElseThrow().toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The Artemis distribution is not unpacked in target/artemis: run the"
                    + " suite through Maven (./mvnw verify), which unpacks org.apache.artemis:apache-artemis:bin", e);
        }
    }

    /** The address settings and addresses of docker/artemis/broker.xml, added to those `artemis create` wrote. */
    private static void withServiceAddressSettings(Path brokerXml) {
        try {
            String compose = Files.readString(Path.of("docker", "artemis", "broker.xml"), StandardCharsets.UTF_8);
            List<String> settings = new ArrayList<>();
            Matcher setting = SERVICE_SETTING.matcher(compose);
            while (setting.find()) {
                settings.add(setting.group());
            }
            if (settings.size() != 2) {
                throw new IllegalStateException("docker/artemis/broker.xml: expected the address settings of"
                        + " intake.received and dispatch.outbound, found " + settings.size());
            }
            Matcher addresses = ADDRESSES.matcher(compose);
            if (!addresses.find()) {
                throw new IllegalStateException("docker/artemis/broker.xml has no <addresses>");
            }
            String xml = Files.readString(brokerXml, StandardCharsets.UTF_8);
            xml = xml.replaceFirst("<address-settings>", "<address-settings>" + Matcher.quoteReplacement(String.join("", settings)));
            xml = xml.replaceFirst("<addresses>", "<addresses>" + Matcher.quoteReplacement(addresses.group(1)));
            Files.writeString(brokerXml, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void start() {
        starts++;
        Path log = instance.resolve("log/run-" + starts + ".log");
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder("bash", instance.resolve("bin/artemis").toString(), "run")
                    .directory(instance.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Artemis did not start", e);
        }
        Awaitility.await("Artemis active").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Artemis stopped while starting: " + Commands.tail(log));
                    }
                    return Commands.tail(log).contains("AMQ221007");
                });
    }

    /** An orderly stop (SIGTERM), as an operator's restart or a host going down cleanly does. */
    void stop() {
        Commands.stop(process, Duration.ofSeconds(30));
        process = null;
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        stop();
    }
}
