package uk.org.hscp.notifier.intake.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.QuarantineReason;
import uk.org.hscp.notifier.intake.Verdict;
import uk.org.hscp.notifier.platform.AfterCommit;
import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.InLists;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcEmailJournal implements EmailJournal {

    private static final String ENTRY_COLUMNS = """
            e.id, e.mailbox, e.message_id, e.sender, e.subject, e.received_at, e.size_bytes, e.outcome, e.reason,
            e.detail, e.form_type, e.case_id, e.decided_at, e.review_status,
            e.reviewed_by, e.reviewed_at, e.review_note
            FROM inbound_email e""";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Cases cases;
    private final MeterRegistry meters;

    JdbcEmailJournal(JdbcClient jdbc, Cases cases, MeterRegistry meters, ZoneId zone) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.meters = meters;
        this.zone = zone;
    }

    /**
     * {@code hscp_intake_emails_total}: e-mails given an outcome (ACCEPTED, QUARANTINED, DUPLICATE), counted once
     * the outcome is committed; the reason is the quarantine reason, or for an accepted e-mail the form type
     * (or OWN_NOTICE, AUTO_REPLY, DELIVERY_REPORT...), none for a duplicate.
     */
    private void counted(IntakeOutcome outcome, String reason) {
        if (outcome == IntakeOutcome.PENDING) {
            return;
        }
        AfterCommit.run(() -> meters.counter("hscp.intake.emails", "outcome", outcome.name(),
                "reason", reason == null ? "none" : reason).increment());
    }

    @Override
    @Transactional
    public long record(NewEmail email) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO inbound_email (mailbox, source_key, message_id, raw_sha256, sender, subject,
                        received_at, size_bytes, raw, outcome, journaled_at)
                    VALUES (:mailbox, :sourceKey, :messageId, :sha, :sender, :subject, :receivedAt, :size, :raw, 'PENDING',
                        :journaledAt)
                    """)
                    .param("mailbox", email.raw().mailbox())
                    .param("sourceKey", email.raw().sourceKey())
                    .param("messageId", email.messageId())
                    .param("sha", Hashes.sha256Hex(email.raw().bytes()))
                    .param("sender", truncate(email.sender(), 320))
                    .param("subject", truncate(email.subject(), 1000))
                    .param("receivedAt", Timestamps.utc(email.raw().receivedAt()))
                    .param("size", (long) email.raw().bytes().length)
                    .param("raw", email.raw().bytes())
                    .param("journaledAt", Timestamps.utc(email.journaledAt()))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new AlreadyJournaled();
        }
        long id = keys.getKey().longValue();
        for (String sha : new java.util.LinkedHashSet<>(email.attachmentSha256s())) {
            jdbc.sql("INSERT INTO inbound_attachment (inbound_email_id, sha256) VALUES (:id, :sha)")
                    .param("id", id).param("sha", sha).update();
        }
        return id;
    }

    @Override
    public List<Long> earlierPendingSharingAnAttachment(long id) {
        return jdbc.sql("""
                SELECT DISTINCT e.id FROM inbound_attachment mine
                JOIN inbound_attachment other ON other.sha256 = mine.sha256 AND other.inbound_email_id < mine.inbound_email_id
                JOIN inbound_email e ON e.id = other.inbound_email_id AND e.outcome = 'PENDING'
                WHERE mine.inbound_email_id = :id ORDER BY e.id""")
                .param("id", id).query(Long.class).list();
    }

    @Override
    public Optional<Entry> findBySource(String mailbox, String sourceKey) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " WHERE e.mailbox = :mailbox AND e.source_key = :sourceKey")
                .param("mailbox", mailbox).param("sourceKey", sourceKey)
                .query(JdbcEmailJournal::entry).optional().map(this::named);
    }

    @Override
    public Optional<Long> findEarlierWithMessageId(String messageId, long exceptId) {
        return jdbc.sql("SELECT MIN(id) FROM inbound_email WHERE message_id = :messageId AND id < :id")
                .param("messageId", messageId).param("id", exceptId)
                .query(Long.class).optional();
    }

    @Override
    public Optional<Entry> find(long id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " WHERE e.id = :id").param("id", id)
                .query(JdbcEmailJournal::entry).optional().map(this::named);
    }

    @Override
    public Map<Long, Email> byId(Collection<Long> emailIds) {
        Map<Long, Email> emails = new HashMap<>();
        for (List<Long> ids : InLists.of(emailIds)) {
            jdbc.sql("SELECT id, sender, subject, received_at FROM inbound_email WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
                        emails.put(rs.getLong("id"), new Email(rs.getString("sender"), rs.getString("subject"),
                                received == null ? null : received.atZoneSameInstant(zone)));
                    });
        }
        return emails;
    }

    @Override
    public byte[] raw(long id) {
        return jdbc.sql("SELECT raw FROM inbound_email WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    @Override
    public Optional<Entry> claim(long id) {
        // a row lock, not a join: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join
        boolean exists = jdbc.sql("SELECT id FROM inbound_email WHERE id = :id FOR UPDATE").param("id", id)
                .query(Long.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    @Override
    public Optional<Instant> journaledAt(long id) {
        return jdbc.sql("SELECT journaled_at FROM inbound_email WHERE id = :id").param("id", id)
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).optional();
    }

    @Override
    public boolean decide(long id, IntakeOutcome from, Verdict verdict, Instant at) {
        boolean decided = jdbc.sql("""
                UPDATE inbound_email SET outcome = :outcome, reason = :reason, detail = :detail, decided_at = :at,
                    review_status = CASE WHEN :outcome = 'QUARANTINED' THEN NULL ELSE review_status END
                WHERE id = :id AND outcome = :from""")
                .param("from", from.name())
                .param("outcome", verdict.outcome().name())
                .param("reason", verdict.reason() == null ? null : verdict.reason().name())
                .param("detail", truncate(verdict.detail(), 2000))
                .param("at", verdict.outcome() == IntakeOutcome.PENDING ? null : Timestamps.utc(at))
                .param("id", id)
                .update() == 1;
        if (decided) {
            counted(verdict.outcome(), verdict.reason() == null ? null : verdict.reason().name());
        }
        return decided;
    }

    @Override
    public boolean accept(long id, String formType, Long caseId, Instant at) {
        boolean accepted = jdbc.sql("""
                UPDATE inbound_email SET outcome = 'ACCEPTED', reason = NULL, detail = NULL, form_type = :formType,
                    case_id = :caseId, decided_at = :at
                WHERE id = :id AND outcome = 'PENDING'""")
                .param("formType", formType).param("caseId", caseId).param("at", Timestamps.utc(at)).param("id", id)
                .update() == 1;
        if (accepted) {
            counted(IntakeOutcome.ACCEPTED, formType);
        }
        return accepted;
    }

    @Override
    public java.util.Set<String> claimMoves(String mailbox, Collection<String> sourceKeys, Instant now,
            Instant staleBefore) {
        java.util.Set<String> claimed = new java.util.HashSet<>();
        for (String key : sourceKeys) {
            int won = jdbc.sql("UPDATE inbound_email SET move_claimed_at = :now WHERE mailbox = :mailbox"
                    + " AND source_key = :key AND (move_claimed_at IS NULL OR move_claimed_at < :stale)")
                    .param("now", Timestamps.utc(now)).param("mailbox", mailbox).param("key", key)
                    .param("stale", Timestamps.utc(staleBefore)).update();
            if (won == 1) {
                claimed.add(key);
            }
        }
        return claimed;
    }

    @Override
    public Map<String, IntakeOutcome> outcomesBySource(String mailbox, Collection<String> sourceKeys) {
        Map<String, IntakeOutcome> outcomes = new HashMap<>();
        List<String> keys = List.copyOf(sourceKeys);
        for (int from = 0; from < keys.size(); from += 500) {
            jdbc.sql("SELECT source_key, outcome FROM inbound_email WHERE mailbox = :mailbox AND source_key IN (:keys)")
                    .param("mailbox", mailbox).param("keys", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .query((rs, n) -> outcomes.put(rs.getString(1), IntakeOutcome.valueOf(rs.getString(2)))).list();
        }
        return outcomes;
    }

    @Override
    public List<Entry> newestFirst(Optional<IntakeOutcome> outcome, int size) {
        String where = outcome.isPresent() ? " WHERE e.outcome = :outcome" : "";
        var statement = jdbc.sql("SELECT " + ENTRY_COLUMNS + where + " ORDER BY e.received_at DESC, e.id DESC LIMIT :size")
                .param("size", size);
        if (outcome.isPresent()) {
            statement = statement.param("outcome", outcome.get().name());
        }
        return named(statement.query(JdbcEmailJournal::entry).list());
    }

    @Override
    public List<Entry> quarantine(boolean reviewed, int size) {
        String where = reviewed ? "e.review_status IS NOT NULL" : "e.outcome = 'QUARANTINED' AND e.review_status IS NULL";
        return named(jdbc.sql("SELECT " + ENTRY_COLUMNS + " WHERE " + where
                + " ORDER BY e.received_at DESC, e.id DESC LIMIT :size")
                .param("size", size)
                .query(JdbcEmailJournal::entry).list());
    }

    @Override
    public boolean release(long id, String reviewer, Instant at) {
        return review(id, ReviewStatus.RELEASED, reviewer, null, at);
    }

    @Override
    public boolean discard(long id, String reviewer, String reason, Instant at) {
        return review(id, ReviewStatus.DISCARDED, reviewer, reason, at);
    }

    private boolean review(long id, ReviewStatus status, String reviewer, String note, Instant at) {
        return jdbc.sql("""
                UPDATE inbound_email SET review_status = :status, reviewed_by = :reviewer, reviewed_at = :at,
                    review_note = :note
                WHERE id = :id AND outcome = 'QUARANTINED' AND review_status IS NULL""")
                .param("status", status.name()).param("reviewer", truncate(reviewer, 200))
                .param("at", Timestamps.utc(at)).param("note", truncate(note, 2000)).param("id", id)
                .update() == 1;
    }

    /** The entries with their cases' references (from the cases module, which keeps them). */
    private List<Entry> named(List<Entry> entries) {
        Map<Long, String> references = cases.references(entries.stream().map(Entry::caseId)
                .filter(java.util.Objects::nonNull).toList());
        return entries.stream().map(e -> e.caseId() == null ? e : e.withCaseReference(references.get(e.caseId())))
                .toList();
    }

    private Entry named(Entry entry) {
        return entry.caseId() == null ? entry : named(List.of(entry)).get(0);
    }

    /** Without its case's reference: see {@link #named}. */
    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        String review = rs.getString("review_status");
        return new Entry(rs.getLong("id"), rs.getString("mailbox"), rs.getString("message_id"),
                rs.getString("sender"), rs.getString("subject"),
                Timestamps.instant(rs.getObject("received_at", OffsetDateTime.class)), rs.getLong("size_bytes"),
                IntakeOutcome.valueOf(rs.getString("outcome")), reason == null ? null : QuarantineReason.valueOf(reason),
                rs.getString("detail"), rs.getString("form_type"), rs.getObject("case_id", Long.class),
                null, Timestamps.instant(rs.getObject("decided_at", OffsetDateTime.class)),
                review == null ? null : ReviewStatus.valueOf(review), rs.getString("reviewed_by"),
                Timestamps.instant(rs.getObject("reviewed_at", OffsetDateTime.class)), rs.getString("review_note"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
