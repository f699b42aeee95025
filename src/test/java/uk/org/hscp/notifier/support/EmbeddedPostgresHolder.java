package uk.org.hscp.notifier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One embedded PostgreSQL server for the whole test run, stopped when the JVM exits. */
public final class EmbeddedPostgresHolder {

    private static EmbeddedPostgres postgres;
    private static final Set<String> created = new HashSet<>();

    private EmbeddedPostgresHolder() {
    }

    public static synchronized String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /**
     * A database of its own on the same server, created on first use: a context that must not see the rows of
     * the others' tests (nor have its rows seen by their relays and firing jobs) uses one.
     */
    public static synchronized String jdbcUrl(String database) {
        if (created.add(database)) {
            try (Connection connection = server().getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
        return server().getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
