package uk.org.hscp.notifier.dispatch.infra;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.dispatch.DeliveryAttempts;
import uk.org.hscp.notifier.dispatch.DeliveryAttempts.DeliveryToSend;
import uk.org.hscp.notifier.dispatch.DeliveryBounces;
import uk.org.hscp.notifier.dispatch.DeliveryRef;
import uk.org.hscp.notifier.dispatch.DeliveryUpkeep;
import uk.org.hscp.notifier.dispatch.NoticePlanning;
import uk.org.hscp.notifier.dispatch.NoticePlanning.NewDelivery;
import uk.org.hscp.notifier.dispatch.NoticePlanning.RequestedNotice;
import uk.org.hscp.notifier.dispatch.DeliveryStatus;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * The notice and delivery tables, behind the four ports dispatch uses them through (planning, one attempt, the
 * relay's upkeep, bounces): one class, because every status change writes its history row the same way.
 */
@Repository
class JdbcDeliveries implements NoticePlanning, DeliveryAttempts, DeliveryUpkeep, DeliveryBounces {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REF_COLUMNS = "id, notice_id, notice_kind, case_id, role, status, attempts, message_id";

    private final JdbcClient jdbc;

    JdbcDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // planning

    @Override
    public Optional<RequestedNotice> lockRequested(long noticeId) {
        return jdbc.sql("""
                SELECT id, kind, case_id, inbound_email_id, deadline_id, reminder_id, lines FROM notice
                WHERE id = :id AND status = 'REQUESTED' FOR UPDATE""")
                .param("id", noticeId)
                .query((rs, n) -> new RequestedNotice(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getObject("case_id", Long.class), rs.getObject("inbound_email_id", Long.class),
                        rs.getObject("deadline_id", Long.class), rs.getObject("reminder_id", Long.class),
                        lines(rs.getString("lines"))))
                .optional();
    }

    @Override
    public long create(NewDelivery delivery, String messageIdDomain, Instant now) {
        var keys = new GeneratedKeyHolder();
        String placeholder = "<pending-" + token(16) + "@" + messageIdDomain + ">";
        jdbc.sql("""
                INSERT INTO delivery (notice_id, notice_kind, case_id, deadline_id, recipient, role, status, attempts,
                    message_id, created_at, updated_at, due_at, published_at)
                VALUES (:noticeId, :kind, :caseId, :deadlineId, :recipient, :role, 'QUEUED', 0, :messageId, :now, :now,
                    :now, :now)""")
                .param("noticeId", delivery.noticeId())
                .param("kind", delivery.kind().name())
                .param("caseId", delivery.caseId())
                .param("deadlineId", delivery.deadlineId())
                .param("recipient", delivery.recipient())
                .param("role", truncate(delivery.role(), 200))
                .param("messageId", placeholder)
                .param("now", Timestamps.utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String messageId = "<delivery-" + id + "." + token(6) + "@" + messageIdDomain + ">";
        jdbc.sql("UPDATE delivery SET message_id = :messageId WHERE id = :id").param("messageId", messageId)
                .param("id", id).update();
        history(id, DeliveryStatus.QUEUED, now, "Notice " + delivery.noticeId() + " planned for " + delivery.role());
        return id;
    }

    @Override
    public void planned(long noticeId, Instant now) {
        jdbc.sql("UPDATE notice SET status = 'DISPATCHED', planned_at = :now WHERE id = :id")
                .param("now", Timestamps.utc(now)).param("id", noticeId).update();
    }

    @Override
    public void undeliverable(long noticeId, String detail, Instant now) {
        jdbc.sql("UPDATE notice SET status = 'UNDELIVERABLE', planned_at = :now, detail = :detail WHERE id = :id")
                .param("now", Timestamps.utc(now)).param("detail", truncate(detail, 2000)).param("id", noticeId)
                .update();
    }

    // sending

    @Override
    public Optional<DeliveryToSend> claim(long id, String owner, Instant now) {
        int claimed = jdbc.sql("""
                UPDATE delivery SET status = 'SENDING', attempts = attempts + 1, sending_since = :now, updated_at = :now,
                    sending_owner = :owner
                WHERE id = :id AND status IN ('QUEUED', 'TEMPORARY_FAILURE') AND due_at <= :now""")
                .param("now", Timestamps.utc(now)).param("owner", owner).param("id", id).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        DeliveryToSend delivery = jdbc.sql("""
                SELECT d.id, d.notice_id, d.notice_kind, d.case_id, n.inbound_email_id, d.deadline_id, n.reminder_id,
                    d.recipient, d.role, d.message_id, d.attempts, n.lines
                FROM delivery d JOIN notice n ON n.id = d.notice_id WHERE d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new DeliveryToSend(rs.getLong("id"), rs.getLong("notice_id"),
                        NoticeKind.valueOf(rs.getString("notice_kind")), rs.getObject("case_id", Long.class),
                        rs.getObject("inbound_email_id", Long.class), rs.getObject("deadline_id", Long.class),
                        rs.getObject("reminder_id", Long.class), rs.getString("recipient"), rs.getString("role"),
                        rs.getString("message_id"), rs.getInt("attempts"), lines(rs.getString("lines"))))
                .single();
        history(id, DeliveryStatus.SENDING, now, "Attempt " + delivery.attempts());
        return Optional.of(delivery);
    }

    @Override
    public void composed(long id, String subject, String body) {
        jdbc.sql("UPDATE delivery SET subject = :subject, body = :body WHERE id = :id")
                .param("subject", truncate(subject, 1000)).param("body", body).param("id", id).update();
    }

    @Override
    public void sent(long id, String smtpReply, String sha256, byte[] mime, Instant now) {
        int updated = jdbc.sql("""
                UPDATE delivery SET status = 'SENT', last_smtp_reply = :reply, sha256 = :sha, mime = :mime,
                    sent_at = :now, updated_at = :now, sending_since = NULL, sending_owner = NULL
                WHERE id = :id AND status <> 'SENT'""")
                .param("reply", truncate(smtpReply, 2000)).param("sha", sha256).param("mime", mime)
                .param("now", Timestamps.utc(now)).param("id", id).update();
        if (updated == 1) {
            history(id, DeliveryStatus.SENT, now, smtpReply);
        }
    }

    @Override
    public boolean retryLater(long id, String smtpReply, Instant dueAt, String detail, Instant now) {
        int updated = jdbc.sql("""
                UPDATE delivery SET status = 'TEMPORARY_FAILURE', last_smtp_reply = :reply, due_at = :due,
                    published_at = NULL, sending_since = NULL, sending_owner = NULL, updated_at = :now
                WHERE id = :id AND status = 'SENDING'""")
                .param("reply", truncate(smtpReply, 2000)).param("due", Timestamps.utc(dueAt))
                .param("now", Timestamps.utc(now)).param("id", id).update();
        if (updated == 1) {
            history(id, DeliveryStatus.TEMPORARY_FAILURE, now, join(smtpReply, detail));
        }
        return updated == 1;
    }

    @Override
    public boolean close(long id, DeliveryStatus status, Optional<DeliveryStatus> expected, String smtpReply,
            String detail, Instant now) {
        String reply = smtpReply == null ? "" : ", last_smtp_reply = :reply";
        String condition = expected.isPresent() ? " AND status = :expected" : "";
        var statement = jdbc.sql("UPDATE delivery SET status = :status, sending_since = NULL, sending_owner = NULL, updated_at = :now"
                + reply + " WHERE id = :id AND status <> 'SENT'" + condition)
                .param("status", status.name()).param("now", Timestamps.utc(now)).param("id", id);
        if (smtpReply != null) {
            statement = statement.param("reply", truncate(smtpReply, 2000));
        }
        if (expected.isPresent()) {
            statement = statement.param("expected", expected.get().name());
        }
        boolean closed = statement.update() == 1;
        if (closed) {
            history(id, status, now, join(smtpReply, detail));
        }
        return closed;
    }

    @Override
    public boolean bounced(long id, String detail, Instant now) {
        int updated = jdbc.sql("UPDATE delivery SET status = 'BOUNCED', updated_at = :now WHERE id = :id AND status = 'SENT'")
                .param("now", Timestamps.utc(now)).param("id", id).update();
        if (updated == 1) {
            history(id, DeliveryStatus.BOUNCED, now, detail);
        }
        return updated == 1;
    }

    @Override
    public void note(long id, String detail, Instant now) {
        jdbc.sql("""
                INSERT INTO delivery_event (delivery_id, status, changed_at, detail)
                SELECT id, status, :now, :detail FROM delivery WHERE id = :id""")
                .param("now", Timestamps.utc(now)).param("detail", truncate(detail, 2000)).param("id", id).update();
    }

    // relay

    @Override
    public List<Long> requestedNoticesBefore(Instant cutoff, int limit) {
        return jdbc.sql("SELECT id FROM notice WHERE status = 'REQUESTED' AND created_at <= :cutoff ORDER BY id LIMIT :limit")
                .param("cutoff", Timestamps.utc(cutoff)).param("limit", limit).query(Long.class).list();
    }

    @Override
    public List<Long> claimForPublishing(Instant now, Instant republishCutoff, int limit) {
        return claimWaiting("published_at IS NULL OR published_at <= :cutoff", now, republishCutoff, limit);
    }

    @Override
    public List<Long> claimWaitingSince(Instant now, Instant publishedBefore, int limit) {
        return claimWaiting("published_at IS NOT NULL AND published_at <= :cutoff", now, publishedBefore, limit);
    }

    /** Deliveries due for an attempt whose queue message matches {@code published}, marked published now. */
    private List<Long> claimWaiting(String published, Instant now, Instant cutoff, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM delivery WHERE status IN ('QUEUED', 'TEMPORARY_FAILURE')"
                + " AND due_at <= :now AND (" + published + ") ORDER BY due_at, id LIMIT :limit")
                .param("now", Timestamps.utc(now)).param("cutoff", Timestamps.utc(cutoff))
                .param("limit", limit).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE delivery SET published_at = :now WHERE id IN (:ids)")
                    .param("now", Timestamps.utc(now)).param("ids", ids).update();
        }
        return ids;
    }

    /** SENDING by an instance that has not been seen since the cutoff (or never was), or for too long. */
    private static final String STUCK = """
            status = 'SENDING' AND (sending_since <= :timeoutCutoff OR (sending_since <= :ownerGoneCutoff
                AND NOT EXISTS (SELECT 1 FROM service_instance i WHERE i.id = delivery.sending_owner
                    AND i.seen_at > :ownerGoneCutoff)))""";

    @Override
    public List<DeliveryRef> stuckSending(Instant timeoutCutoff, Instant ownerGoneCutoff, int limit) {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM delivery WHERE " + STUCK + " ORDER BY id LIMIT :limit")
                .param("timeoutCutoff", Timestamps.utc(timeoutCutoff))
                .param("ownerGoneCutoff", Timestamps.utc(ownerGoneCutoff))
                .param("limit", limit).query(JdbcDeliveries::ref).list();
    }

    @Override
    public boolean unstickStuck(long id, Instant timeoutCutoff, Instant ownerGoneCutoff, DeliveryStatus status,
            String detail, Instant now) {
        int updated = jdbc.sql("""
                UPDATE delivery SET status = :status, due_at = :now, published_at = NULL, sending_since = NULL,
                    sending_owner = NULL, updated_at = :now
                WHERE id = :id""" + " AND " + STUCK)
                .param("status", status.name()).param("now", Timestamps.utc(now))
                .param("timeoutCutoff", Timestamps.utc(timeoutCutoff))
                .param("ownerGoneCutoff", Timestamps.utc(ownerGoneCutoff)).param("id", id).update();
        if (updated == 1) {
            history(id, status, now, detail);
        }
        return updated == 1;
    }

    @Override
    public boolean sentAfterAll(long id, Instant timeoutCutoff, Instant ownerGoneCutoff, byte[] copy, String sha256,
            String detail, Instant now) {
        int updated = jdbc.sql("""
                UPDATE delivery SET status = 'SENT', last_smtp_reply = :reply, sha256 = :sha, mime = :mime,
                    sent_at = :now, updated_at = :now, sending_since = NULL, sending_owner = NULL
                WHERE id = :id""" + " AND " + STUCK)
                .param("reply", truncate(detail, 2000)).param("sha", sha256).param("mime", copy)
                .param("now", Timestamps.utc(now)).param("timeoutCutoff", Timestamps.utc(timeoutCutoff))
                .param("ownerGoneCutoff", Timestamps.utc(ownerGoneCutoff)).param("id", id).update();
        if (updated == 1) {
            history(id, DeliveryStatus.SENT, now, detail);
        }
        return updated == 1;
    }

    @Override
    public void heartbeat(String instance, Instant now) {
        int seen = jdbc.sql("UPDATE service_instance SET seen_at = :now WHERE id = :id")
                .param("now", Timestamps.utc(now)).param("id", instance).update();
        if (seen == 0) {
            jdbc.sql("INSERT INTO service_instance (id, started_at, seen_at) VALUES (:id, :now, :now)")
                    .param("now", Timestamps.utc(now)).param("id", instance).update();
        }
    }

    // lookups

    @Override
    public Optional<DeliveryRef> find(long id) {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM delivery WHERE id = :id").param("id", id)
                .query(JdbcDeliveries::ref).optional();
    }

    @Override
    public Optional<DeliveryRef> byMessageId(String messageId) {
        return jdbc.sql("SELECT " + REF_COLUMNS + " FROM delivery WHERE message_id = :messageId")
                .param("messageId", messageId).query(JdbcDeliveries::ref).optional();
    }

    private void history(long id, DeliveryStatus status, Instant at, String detail) {
        jdbc.sql("INSERT INTO delivery_event (delivery_id, status, changed_at, detail) VALUES (:id, :status, :at, :detail)")
                .param("id", id).param("status", status.name()).param("at", Timestamps.utc(at))
                .param("detail", truncate(detail, 2000)).update();
    }

    private static DeliveryRef ref(ResultSet rs, int row) throws SQLException {
        return new DeliveryRef(rs.getLong("id"), rs.getLong("notice_id"), NoticeKind.valueOf(rs.getString("notice_kind")),
                rs.getObject("case_id", Long.class), rs.getString("role"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("message_id"));
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\n"));
    }

    private static String join(String reply, String detail) {
        if (reply == null || reply.isBlank()) {
            return detail;
        }
        return detail == null || detail.isBlank() ? reply : reply + " — " + detail;
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
