package uk.org.hscp.notifier.retention.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.retention.Disposal;
import uk.org.hscp.notifier.retention.RetentionRules;

/**
 * The rows each class of record covers, counted and purged in batches. Every statement re-checks that its rows
 * are not already purged and belong to no case under legal hold, so a batch run twice (two instances, a retry)
 * changes nothing the second time, and a hold placed meanwhile still protects the case.
 */
@Repository
public class RetentionStore {

    /** A case as the retention rules need it. */
    public record CaseClock(long id, String reference, String pseudonym, boolean held, Instant identityPurgedAt,
            Optional<Instant> end) {
    }

    private static final String NOT_HELD = " NOT IN (SELECT id FROM review_case WHERE legal_hold)";
    private static final String EMAIL_CASE = "COALESCE(e.case_id, (SELECT MIN(f.case_id) FROM case_form f"
            + " WHERE f.inbound_email_id = e.id))";
    private static final String UNKNOWN_SENDER = "e.outcome = 'QUARANTINED' AND e.reason = 'UNKNOWN_SENDER'"
            + " AND COALESCE(e.decided_at, e.received_at) < :before"
            + " AND NOT EXISTS (SELECT 1 FROM case_form f WHERE f.inbound_email_id = e.id)";
    private static final String FINAL_DELIVERY = "d.status IN ('SENT', 'PERMANENT_FAILURE', 'BOUNCED', 'CANCELLED')";

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseClock> cases() {
        Map<Long, List<RetentionRules.CaseEvent>> ending = new HashMap<>();
        jdbc.sql("SELECT case_id, event, occurred_at, superseded_by FROM case_event WHERE event IN ('"
                        + String.join("', '", RetentionRules.CASE_ENDING_EVENTS) + "')")
                .query(rs -> {
                    ending.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
                            .add(new RetentionRules.CaseEvent(rs.getString("event"),
                                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                    rs.getObject("superseded_by") != null));
                });
        return jdbc.sql("SELECT id, reference, pseudonym, legal_hold, identity_purged_at FROM review_case ORDER BY id")
                .query((rs, n) -> new CaseClock(rs.getLong("id"), rs.getString("reference"), rs.getString("pseudonym"),
                        rs.getBoolean("legal_hold"),
                        Timestamps.instant(rs.getObject("identity_purged_at", OffsetDateTime.class)),
                        RetentionRules.caseEnd(ending.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    // --- quarantined e-mails from unknown senders

    public long countUnknownSender(Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_email e WHERE " + UNKNOWN_SENDER + " AND e.purged_at IS NULL")
                .param("before", Timestamps.utc(before)).query(Long.class).single();
    }

    public int purgeUnknownSender(Disposal then, Instant before, int limit, Instant now) {
        String batch = "SELECT e.id FROM inbound_email e WHERE " + UNKNOWN_SENDER + " AND e.purged_at IS NULL"
                + " ORDER BY e.id LIMIT :limit";
        if (then == Disposal.DELETE) {
            return jdbc.sql("DELETE FROM inbound_email WHERE id IN (" + batch + ")")
                    .param("before", Timestamps.utc(before)).param("limit", limit).update();
        }
        // a tombstone leaves the quarantine list: discarded, if nobody had decided on it
        return jdbc.sql("UPDATE inbound_email SET raw = :empty, sender = NULL, subject = NULL, detail = NULL,"
                        + " purged_at = :now, review_status = COALESCE(review_status, 'DISCARDED'),"
                        + " reviewed_by = COALESCE(reviewed_by, 'service'), reviewed_at = COALESCE(reviewed_at, :now),"
                        + " review_note = COALESCE(review_note, 'Purged under config/retention.yml')"
                        + " WHERE id IN (" + batch + ")")
                .param("before", Timestamps.utc(before)).param("limit", limit).param("empty", new byte[0])
                .param("now", Timestamps.utc(now)).update();
    }

    // --- raw bytes of accepted e-mails

    private static String acceptedDue() {
        return "e.outcome IN ('ACCEPTED', 'DUPLICATE') AND e.purged_at IS NULL AND ("
                + EMAIL_CASE + " IN (:dueCases) OR (" + EMAIL_CASE + " IS NULL"
                + " AND COALESCE(e.decided_at, e.received_at) < :before)) AND COALESCE(" + EMAIL_CASE + ", -1)" + NOT_HELD;
    }

    public long countAcceptedRaw(Instant before, List<Long> dueCases) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_email e WHERE " + acceptedDue())
                .param("before", Timestamps.utc(before)).param("dueCases", orNone(dueCases)).query(Long.class).single();
    }

    public int purgeAcceptedRaw(Instant before, List<Long> dueCases, int limit, Instant now) {
        return tombstoneEmails("SELECT e.id FROM inbound_email e WHERE " + acceptedDue() + " ORDER BY e.id LIMIT :limit",
                Map.of("before", Timestamps.utc(before), "dueCases", orNone(dueCases), "limit", limit), now);
    }

    private int tombstoneEmails(String batch, Map<String, Object> params, Instant now) {
        // the row stays (forms point at it; its Message-ID still recognises a copy): bytes, sender, subject go
        return jdbc.sql("UPDATE inbound_email SET raw = :empty, sender = NULL, subject = NULL, detail = NULL,"
                        + " purged_at = :now WHERE id IN (" + batch + ")")
                .params(params).param("empty", new byte[0]).param("now", Timestamps.utc(now)).update();
    }

    /** The cases with accepted e-mails whose bytes are still kept. */
    public java.util.Set<Long> casesWithRawEmails() {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT " + EMAIL_CASE + " FROM inbound_email e"
                        + " WHERE e.outcome IN ('ACCEPTED', 'DUPLICATE') AND e.purged_at IS NULL AND " + EMAIL_CASE
                        + " IS NOT NULL")
                .query(Long.class).list());
    }

    // --- form data and the child's identity

    /** Strips the cases (not held, not yet stripped) of the child's identity, form data and event details. */
    public int purgeIdentity(List<Long> dueCases, Instant now) {
        if (dueCases.isEmpty()) {
            return 0;
        }
        List<Long> stripped = jdbc.sql("SELECT id FROM review_case WHERE id IN (:ids) AND identity_purged_at IS NULL"
                        + " AND NOT legal_hold ORDER BY id")
                .param("ids", dueCases).query(Long.class).list();
        if (stripped.isEmpty()) {
            return 0;
        }
        jdbc.sql("UPDATE case_form SET form_json = '{}' WHERE case_id IN (:ids)").param("ids", stripped).update();
        jdbc.sql("UPDATE case_event SET details = NULL WHERE case_id IN (:ids)").param("ids", stripped).update();
        return jdbc.sql("UPDATE review_case SET child_first_name = NULL, child_last_name = NULL,"
                        + " child_date_of_birth = NULL, referrer_email = NULL, identity_purged_at = :now"
                        + " WHERE id IN (:ids) AND identity_purged_at IS NULL AND NOT legal_hold")
                .param("ids", stripped).param("now", Timestamps.utc(now)).update();
    }

    // --- bodies of e-mails sent

    private static final String DELIVERY_DUE = "d.body_purged_at IS NULL AND d.created_at < :before AND "
            + FINAL_DELIVERY + " AND COALESCE(d.case_id, -1)" + NOT_HELD;

    public long countDeliveryBodies(Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery d WHERE " + DELIVERY_DUE)
                .param("before", Timestamps.utc(before)).query(Long.class).single();
    }

    public int purgeDeliveryBodies(Instant before, int limit, Instant now) {
        return jdbc.sql("UPDATE delivery SET body = NULL, mime = NULL, body_purged_at = :now WHERE id IN ("
                        + "SELECT d.id FROM delivery d WHERE " + DELIVERY_DUE + " ORDER BY d.id LIMIT :limit)")
                .param("before", Timestamps.utc(before)).param("limit", limit).param("now", Timestamps.utc(now))
                .update();
    }

    // --- audit entries (the purge itself is AuditChain's)

    /** The entries a purge before this moment would take: the oldest, up to the first about a held case. */
    public long countAuditEntries(Instant before) {
        Long boundary = jdbc.sql("SELECT MIN(id) FROM audit_event WHERE at >= :before"
                        + " OR subject IN (SELECT reference FROM review_case WHERE legal_hold)")
                .param("before", Timestamps.utc(before)).query(Long.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(Long.MAX_VALUE);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE id < :boundary").param("boundary", boundary)
                .query(Long.class).single();
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
