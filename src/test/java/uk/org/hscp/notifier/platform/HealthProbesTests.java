package uk.org.hscp.notifier.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import uk.org.hscp.notifier.support.TestInfrastructure;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The liveness and readiness probes during outages: the service on a PostgreSQL of its own, which the test
 * stops and starts again, and its own mail server, stopped and started too. Liveness never depends on the
 * database, broker, relay or mailbox; readiness does; both answer within a second throughout, and readiness is
 * UP again once the part is back, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:service-test.properties", properties = {
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres",
        "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass=org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
        "spring.artemis.embedded.server-id=12",
        "spring.quartz.scheduler-name=notifier-test-health",
        "hscp.health.refresh=500ms"})
@Import({TestInfrastructure.class, HealthProbesTests.OwnPostgres.class})
@DirtiesContext // its database is stopped at the JVM's exit: the context goes first
class HealthProbesTests {

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(1);

    @LocalServerPort int port;
    @Autowired GreenMail mailServer;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void livenessIgnoresEveryOutageReadinessShowsItAndBothAnswerWithinASecond() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        OwnPostgres.stop();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> timedProbe("/actuator/health/readiness") == 503);
            for (int i = 0; i < 5; i++) {
                assertThat(timedProbe("/actuator/health/liveness")).isEqualTo(200);
                assertThat(timedProbe("/actuator/health/readiness")).isEqualTo(503);
                assertThat(timedProbe("/actuator/health")).isEqualTo(503);
            }
            // a signed-in request during the outage is not held for Hikari's default 30 s on the user lookup
            long started = System.nanoTime();
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(url("/api/intake"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:whatever1234".getBytes()))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(7));
            assertThat(api.statusCode()).isNotEqualTo(200);
        } finally {
            OwnPostgres.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> timedProbe("/actuator/health/readiness") == 200);

        mailServer.stop();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> timedProbe("/actuator/health/readiness") == 503);
            for (int i = 0; i < 5; i++) {
                assertThat(timedProbe("/actuator/health/liveness")).isEqualTo(200);
                assertThat(timedProbe("/actuator/health/readiness")).isEqualTo(503);
            }
        } finally {
            mailServer.start();
            // the mail server is back as it was: GreenMail keeps its users in memory only
            mailServer.setUser(TestMailbox.ADDRESS, TestMailbox.ADDRESS, "hscp-local-only");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> timedProbe("/actuator/health/readiness") == 200);
    }

    /** The probe's HTTP status, after checking it answered within a second. */
    private int timedProbe(String path) throws Exception {
        long started = System.nanoTime();
        int status = get(path).statusCode();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(PROBE_LIMIT);
        return status;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A PostgreSQL server of this test's own, on a fixed port and data directory, so that it can be restarted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnPostgres {

        private static EmbeddedPostgres server;
        private static int port;
        private static Path data;

        @Bean
        static DynamicPropertyRegistrar ownPostgres() {
            return registry -> registry.add("spring.datasource.url", () -> {
                start();
                return "jdbc:postgresql://localhost:" + port + "/postgres";
            });
        }

        static synchronized void start() {
            if (server != null) {
                return;
            }
            try {
                if (data == null) {
                    data = Files.createTempDirectory("health-postgres");
                    Runtime.getRuntime().addShutdownHook(new Thread(OwnPostgres::stop));
                    try (ServerSocket socket = new ServerSocket(0)) {
                        port = socket.getLocalPort();
                    }
                }
                server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static synchronized void stop() {
            if (server == null) {
                return;
            }
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }
}
