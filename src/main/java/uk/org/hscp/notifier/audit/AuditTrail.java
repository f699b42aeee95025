package uk.org.hscp.notifier.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Every view of identifying details and every action taken in the staff pages: who, when, what. Written in
 * the transaction of the action it records, so an action is never without its entry.
 *
 * <p>The rows form a hash chain ({@link AuditHash}): each carries the SHA-256 of its own content and of the row
 * before it. Appends are serialised by a row lock on the one row of {@code audit_chain_head} (which holds the last
 * id and hash), held until the recording transaction ends, so two instances appending at once still make one
 * chain with consecutive ids. {@link AuditChain} checks it.
 */
public interface AuditTrail {

    /** What was done. */
    enum Action {
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

    record Entry(long id, Instant at, String username, Action action, String subject, String detail) {
    }

    /** The user name of entries the service writes itself (the daily purge). */
    String SERVICE = "service";

    void record(Authentication user, Action action, String subject, String detail);

    /** An entry written by the service itself (no signed-in user), such as a purge's counts. */
    void recordByService(Action action, String subject, String detail);

    /** Newest first; {@code subject} narrows to one case reference, e-mail or delivery. */
    List<Entry> newestFirst(Optional<String> subject, int size);
}
