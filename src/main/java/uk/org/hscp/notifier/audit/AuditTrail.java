package uk.org.hscp.notifier.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Every view of identifying details and every action taken in the staff pages: who, when, what. Written in
 * the transaction of the action it records, so an action is never without its entry.
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
        VIEW_REPORT, EXPORT_REPORT
    }

    public record Entry(long id, Instant at, String username, Action action, String subject, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Authentication user, Action action, String subject, String detail) {
        jdbc.sql("INSERT INTO audit_event (at, username, action, subject, detail) VALUES (:at, :u, :a, :s, :d)")
                .param("at", Timestamps.utc(clock.instant()))
                .param("u", user == null ? "anonymous" : user.getName())
                .param("a", action.name()).param("s", subject).param("d", detail)
                .update();
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
