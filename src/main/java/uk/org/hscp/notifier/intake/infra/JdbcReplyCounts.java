package uk.org.hscp.notifier.intake.infra;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.intake.ReplyLimit;
import uk.org.hscp.notifier.platform.Timestamps;

/** {@link ReplyLimit.Counts} on the journal and the notice outbox. */
final class JdbcReplyCounts implements ReplyLimit.Counts {

    private final JdbcClient jdbc;

    JdbcReplyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> senderOf(long emailId) {
        return jdbc.sql("SELECT sender FROM inbound_email WHERE id = :id").param("id", emailId)
                .query(String.class).optional().filter(s -> !s.isBlank());
    }

    @Override
    public int repliesTo(String sender, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM notice n JOIN inbound_email e ON e.id = n.inbound_email_id"
                + " WHERE e.sender = :sender AND n.kind IN ('REFERRAL_ACKNOWLEDGEMENT', 'FORM_QUERY')"
                + " AND n.created_at > :since")
                .param("sender", sender).param("since", Timestamps.utc(since)).query(Integer.class).single();
    }

    @Override
    public int alertsTo(String sender, String firstLine, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM notice n JOIN inbound_email e ON e.id = n.inbound_email_id"
                + " WHERE e.sender = :sender AND n.kind = 'INTAKE_ALERT' AND n.lines LIKE :line"
                + " AND n.created_at > :since")
                .param("sender", sender).param("line", firstLine + "%").param("since", Timestamps.utc(since))
                .query(Integer.class).single();
    }
}
