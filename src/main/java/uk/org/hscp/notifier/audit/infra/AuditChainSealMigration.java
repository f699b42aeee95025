package uk.org.hscp.notifier.audit.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditHash;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Flyway V26 (Spring Boot hands Flyway every {@link JavaMigration} bean): seals the audit rows written before the
 * chain existed into it, oldest first, and points the chain head at the last. It runs as the role that runs the
 * migrations, before V27 takes UPDATE on audit rows away from the service's role.
 */
@Component
class AuditChainSealMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("26");
    }

    @Override
    public String getDescription() {
        return "seal existing audit rows into the hash chain";
    }

    @Override
    public Integer getChecksum() {
        return 26;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        record Sealed(long id, String previous, String hash) {
        }
        List<Sealed> sealed = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        long lastId = 0;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, at, username, action, subject, detail FROM audit_event ORDER BY id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                // stored to the microsecond already (both databases); truncating changes nothing read back
                var at = Timestamps.instant(rs.getObject(2, OffsetDateTime.class));
                String hash = AuditHash.of(id, at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        previous);
                sealed.add(new Sealed(id, previous, hash));
                previous = hash;
                lastId = id;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?")) {
            for (Sealed row : sealed) {
                update.setString(1, row.previous());
                update.setString(2, row.hash());
                update.setLong(3, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, lastId);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
