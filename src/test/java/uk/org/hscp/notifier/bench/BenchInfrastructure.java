package uk.org.hscp.notifier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.util.TestSocketUtils;

import uk.org.hscp.notifier.support.EmbeddedPostgresHolder;

@TestConfiguration(proxyBeanMethods = false)
class BenchInfrastructure {

    static final String DATABASE = "bench";

    /** Benchmarks measure lateness and latency in real time, so the service reads the wall clock. */
    @Bean
    @Primary
    Clock wallClock(ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    static DynamicPropertyRegistrar benchEnvironment() {
        int smtp = TestSocketUtils.findAvailableTcpPort();
        int imap = TestSocketUtils.findAvailableTcpPort();
        String url = EmbeddedPostgresHolder.jdbcUrl(DATABASE);
        synchronousCommits(url);
        Path dataDir = freshDataDirectory();
        return registry -> {
            registry.add("HSCP_SMTP_PORT", () -> smtp);
            registry.add("HSCP_IMAP_PORT", () -> imap);
            registry.add("HSCP_DATA_DIR", dataDir::toString);
            registry.add("spring.datasource.url", () -> url);
        };
    }

    /** The embedded server turns synchronous commits off for speed; a production database has them on. */
    private static void synchronousCommits(String url) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + DATABASE + " SET synchronous_commit = on");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path freshDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "bench-data"));
            return Files.createTempDirectory(parent, "service-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
