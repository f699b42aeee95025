package uk.org.hscp.notifier.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

/** What dispatch did, as a test checks it: delivery rows, their history, and the e-mails GreenMail received. */
public final class DeliveryProbe {

    public record Row(long id, long noticeId, String kind, String recipient, String role, String status, int attempts,
            String messageId, String subject, String body, String sha256, String lastSmtpReply) {
    }

    private final JdbcClient jdbc;
    private final GreenMail greenMail;

    public DeliveryProbe(JdbcClient jdbc, GreenMail greenMail) {
        this.jdbc = jdbc;
        this.greenMail = greenMail;
    }

    /** The latest notice of this kind for the case or e-mail. */
    public long noticeId(String kind, Long caseId, Long emailId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT MAX(id) FROM notice WHERE kind = :kind
                    AND (case_id = :caseId OR CAST(:caseId AS BIGINT) IS NULL)
                    AND (inbound_email_id = :emailId OR CAST(:emailId AS BIGINT) IS NULL)""")
                .param("kind", kind).param("caseId", caseId).param("emailId", emailId)
                .query(Long.class).optional().orElse(null), id -> id != null);
    }

    public List<Row> ofNotice(long noticeId) {
        return jdbc.sql("SELECT * FROM delivery WHERE notice_id = :id ORDER BY id").param("id", noticeId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("notice_id"), rs.getString("notice_kind"),
                        rs.getString("recipient"), rs.getString("role"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("message_id"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("sha256"), rs.getString("last_smtp_reply")))
                .list();
    }

    /** Waits until the notice has deliveries and every one has this status. */
    public List<Row> awaitAll(long noticeId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> ofNotice(noticeId),
                rows -> !rows.isEmpty() && rows.stream().allMatch(r -> r.status().equals(status)));
    }

    public List<String> history(long deliveryId) {
        return jdbc.sql("SELECT status FROM delivery_event WHERE delivery_id = :id ORDER BY id").param("id", deliveryId)
                .query(String.class).list();
    }

    public List<String> historyDetails(long deliveryId) {
        return jdbc.sql("SELECT detail FROM delivery_event WHERE delivery_id = :id ORDER BY id").param("id", deliveryId)
                .query(String.class).list();
    }

    /** Every copy GreenMail received of the e-mail with this Message-ID. */
    public List<MimeMessage> received(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return messageId.equals(m.getMessageID());
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits for the one copy of each delivery's e-mail, and returns them. */
    public List<MimeMessage> awaitReceived(List<Row> rows) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> rows.stream().flatMap(r -> received(r.messageId()).stream()).toList(),
                messages -> messages.size() >= rows.size());
    }
}
