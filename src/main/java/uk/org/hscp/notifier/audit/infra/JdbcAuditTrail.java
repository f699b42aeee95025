package uk.org.hscp.notifier.audit.infra;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.audit.AuditHash;
import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.platform.Timestamps;

/** The audit_event table, appended under the row lock of audit_chain_head ({@link AuditTrail}). */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Authentication user, Action action, String subject, String detail) {
        append(user == null ? "anonymous" : user.getName(), action, subject, detail);
    }

    @Override
    @Transactional
    public void recordByService(Action action, String subject, String detail) {
        append(SERVICE, action, subject, detail);
    }

    private void append(String username, Action action, String subject, String detail) {
        // the chain head's row lock serialises appends across threads and instances until this transaction ends
        var head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long id = (Long) head[0] + 1;
        String previous = (String) head[1];
        Instant at = AuditHash.stored(clock.instant());
        String hash = AuditHash.of(id, at, username, action.name(), subject, detail, previous);
        jdbc.sql("INSERT INTO audit_event (id, at, username, action, subject, detail, prev_hash, hash)"
                        + " VALUES (:id, :at, :u, :a, :s, :d, :prev, :hash)")
                .param("id", id).param("at", Timestamps.utc(at))
                .param("u", username).param("a", action.name()).param("s", subject).param("d", detail)
                .param("prev", previous).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .param("id", id).param("hash", hash).update();
    }

    @Override
    public List<Entry> newestFirst(Optional<String> subject, int size) {
        return jdbc.sql("SELECT id, at, username, action, subject, detail FROM audit_event"
                        + " WHERE (CAST(:subject AS VARCHAR(200)) IS NULL OR subject = :subject) ORDER BY id DESC LIMIT :size")
                .param("subject", subject.orElse(null)).param("size", size)
                .query((rs, n) -> new Entry(rs.getLong("id"), Timestamps.instant(rs.getObject("at",
                        java.time.OffsetDateTime.class)), rs.getString("username"), Action.valueOf(rs.getString("action")),
                        rs.getString("subject"), rs.getString("detail")))
                .list();
    }
}
