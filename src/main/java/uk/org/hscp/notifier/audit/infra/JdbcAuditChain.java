package uk.org.hscp.notifier.audit.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditChain;
import uk.org.hscp.notifier.audit.AuditChainCheck;
import uk.org.hscp.notifier.platform.Timestamps;

/** The audit chain in the database ({@link AuditChain}). */
@Component
public class JdbcAuditChain implements AuditChain {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public JdbcAuditChain(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public AuditChainCheck.Result verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return verify(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }

    private static AuditChainCheck.Result verify(Connection connection) throws SQLException {
        long anchorId;
        String anchorHash;
        long headId;
        String headHash;
        try (PreparedStatement s = connection.prepareStatement("SELECT a.anchor_id, a.anchor_hash, h.last_id, h.last_hash"
                + " FROM audit_chain_anchor a, audit_chain_head h WHERE a.id = 1 AND h.id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The audit chain head or anchor row is missing");
            }
            anchorId = rs.getLong(1);
            anchorHash = rs.getString(2);
            headId = rs.getLong(3);
            headHash = rs.getString(4);
        }
        AuditChainCheck check = new AuditChainCheck(anchorId, anchorHash);
        try (PreparedStatement s = connection.prepareStatement("SELECT id, at, username, action, subject, detail,"
                + " prev_hash, hash FROM audit_event WHERE id > ? AND id <= ? ORDER BY id")) {
            s.setFetchSize(1000);
            s.setLong(1, anchorId);
            s.setLong(2, headId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    check.accept(new AuditChainCheck.Row(rs.getLong(1),
                            Timestamps.instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT MIN(id) FROM audit_event WHERE id > ?")) {
            s.setLong(1, headId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    return check.added(rs.getLong(1), headId, headHash);
                }
            }
        }
        return check.finish(headId, headHash);
    }

    @Override
    public int purgeBefore(Instant cutoff, int maxRows, Clock clock) {
        if (isPostgres()) {
            return jdbc.sql("SELECT hscp_audit_purge(:cutoff, :max, :now)")
                    .param("cutoff", Timestamps.utc(cutoff)).param("max", maxRows)
                    .param("now", Timestamps.utc(clock.instant())).query(Integer.class).single();
        }
        jdbc.sql("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
        long anchorId = jdbc.sql("SELECT anchor_id FROM audit_chain_anchor WHERE id = 1 FOR UPDATE")
                .query(Long.class).single();
        Long boundary = jdbc.sql("SELECT MIN(id) FROM audit_event WHERE at >= :cutoff"
                        + " OR subject IN (SELECT reference FROM review_case WHERE legal_hold)")
                .param("cutoff", Timestamps.utc(cutoff)).query(Long.class).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        Long last = jdbc.sql("SELECT MAX(id) FROM (SELECT id FROM audit_event WHERE id > :anchor AND id < :boundary"
                        + " ORDER BY id LIMIT :max) t")
                .param("anchor", anchorId).param("boundary", boundary == null ? Long.MAX_VALUE : boundary)
                .param("max", maxRows).query(Long.class).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (last == null) {
            return 0;
        }
        String hash = jdbc.sql("SELECT hash FROM audit_event WHERE id = :id").param("id", last).query(String.class)
                .single();
        int deleted = jdbc.sql("DELETE FROM audit_event WHERE id <= :last").param("last", last).update();
        jdbc.sql("UPDATE audit_chain_anchor SET anchor_id = :last, anchor_hash = :hash, purged_at = :now,"
                        + " purged_rows = purged_rows + :n WHERE id = 1")
                .param("last", last).param("hash", hash).param("now", Timestamps.utc(clock.instant()))
                .param("n", deleted).update();
        return deleted;
    }

    private volatile Boolean postgres;

    private boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell the database", e);
            }
        }
        return postgres;
    }
}
