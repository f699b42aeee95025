package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.hscp.notifier.support.PersonalDataScan;

/**
 * One scenario's share of the servers: its own database and mailbox user, the relay's sink emptied of what
 * earlier scenarios sent, the instances it starts; at the end every instance is stopped and every log it wrote
 * is scanned for the personal data of the sample forms (scenario 6 of issue 15).
 */
final class Scenario implements AutoCloseable {

    final Servers servers;
    final String name;
    final Path folder;
    final String database;
    final String mailboxUser;
    final Mailbox mailbox;
    final SentMail sent;
    private final List<NotifierProcess> instances = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private Scenario(String name) {
        this.servers = Servers.get();
        this.name = name;
        this.folder = servers.scratch.resolve(name);
        this.database = name.replaceAll("[^a-z0-9]", "_");
        servers.postgres.createDatabase(database);
        this.mailboxUser = servers.freshMailbox();
        this.mailbox = new Mailbox(servers, mailboxUser);
        this.sent = new SentMail(servers.postfix.sentMaildir());
        sent.setAside("before-" + name);
    }

    static Scenario begin(String name) {
        return new Scenario(name);
    }

    NotifierProcess instance(String instanceName, String... extraArguments) {
        NotifierProcess instance = new NotifierProcess(servers, folder, instanceName, database, mailboxUser,
                List.of(extraArguments));
        instances.add(instance);
        return instance;
    }

    /** A figure measured, printed at the end (and so in target/failsafe-reports/*-output.txt). */
    void figure(String key, Object value) {
        figures.put(key, value);
        System.out.println("[reliability] " + name + ": " + key + " = " + value);
    }

    List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = servers.postgres.connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /**
     * Scenario 6: stops every instance, then looks for the sample forms' personal data in every log any instance of
     * this scenario wrote; what it found (nothing, when the service keeps its promise).
     */
    List<PersonalDataScan.Finding> personalDataInLogs() {
        stopInstances();
        PersonalDataScan scan = Referrals.personalData();
        List<PersonalDataScan.Finding> findings = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        for (NotifierProcess instance : instances) {
            for (Path log : instance.logs()) {
                try {
                    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
                    bytes += text.length();
                    files++;
                    findings.addAll(scan.findIn(log.getFileName() + " of " + instance.name(), text));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        figure("logs_scanned", files + " files, " + bytes + " characters, " + scan.needles().size() + " terms");
        return findings;
    }

    void stopInstances() {
        for (NotifierProcess instance : instances) {
            instance.close();
        }
    }

    @Override
    public void close() {
        stopInstances();
    }
}
