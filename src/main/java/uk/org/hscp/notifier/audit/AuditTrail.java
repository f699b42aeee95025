package uk.org.hscp.notifier.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Every view of identifying details and every action taken in the staff pages: who, when, what. Written in
 * the transaction of the action it records, so an action is never without its entry.
 *
 * <p>The rows form a hash chain ({@link AuditHash}): each carries the SHA-256 of its own content and of the row
 * before it. Appends are serialised by a row lock on the one row of {@code audit_chain_head} (which holds the last
 * id and hash), held until the recording transaction ends, so two instances appending at once still make one
 * chain with consecutive ids. {@link AuditChain} checks it.
 */
@Repository
public class AuditTrail {

    /** What was done. */
    public enum Action {
        SEARCH_CASES, VIEW_CASE, VIEW_FORM, RECORD_EVENT, VIEW_EMAIL, DOWNLOAD_EMAIL, RELEASE_EMAIL, DISCARD_EMAIL,
        VIEW_DELIVERY, EXPORT_DELIVERIES, CHANGE_MEETING, RECORD_ATTENDANCE, DENIED, ADD_USER, SET_PASSWORD,
        DISABLE_USER, ENABLE_USER,
        // issue 14, access and sign-in (h14a): reads through the API, the team's access decisions, sign-in
        VIEW_INTAKE, VIEW_QUARANTINE, VIEW_DEADLINES, VIEW_DELIVERIES, GRANT_CASE_ACCESS, REVOKE_CASE_ACCESS,
        SIGN_IN, SIGN_IN_FAILED, LOCK_USER, UNLOCK_USER, SIGN_OUT, END_SESSIONS, SET_BREAK_GLASS,
        VIEW_REPORT, EXPORT_REPORT,
        // retention (issue 14): legal holds, each daily purge (one entry per class of record), the Retention page
        PLACE_LEGAL_HOLD, LIFT_LEGAL_HOLD, RETENTION_PURGE, VIEW_RETENTION
    }

    public record Entry(long id, Instant at, String username, Action action, String subject, String detail) {
    }

    /** The user name of entries the service writes itself (the daily purge). */
    public static final String SERVICE = "service";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(Authentication user, Action action, String subject, String detail) {
        append(user == null ? "anonymous" : user.getName(), action, subject, detail);
    }

    /** An entry written by the service itself (no signed-in user), such as a purge's counts. */
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

    /** Newest first; {@code subject} narrows to one case reference, e-mail or delivery. */
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
