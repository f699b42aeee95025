package uk.org.hscp.notifier.intake.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.anonymise.EmailSource;
import uk.org.hscp.notifier.dispatch.InboundEmailLookup;
import uk.org.hscp.notifier.platform.Timestamps;

/** What the modules below may read of an e-mail in the journal: when it came, and whom a reply goes to. */
@Repository
class JdbcInboundEmailSources implements EmailSource, InboundEmailLookup {

    private final JdbcClient jdbc;

    JdbcInboundEmailSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> emailReceivedAt(long inboundEmailId) {
        return jdbc.sql("SELECT received_at FROM inbound_email WHERE id = :id").param("id", inboundEmailId)
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).optional();
    }

    @Override
    public Optional<String> sender(long inboundEmailId) {
        return jdbc.sql("SELECT sender FROM inbound_email WHERE id = :id").param("id", inboundEmailId)
                .query(String.class).optional();
    }

    @Override
    public Optional<String> messageId(long inboundEmailId) {
        return jdbc.sql("SELECT message_id FROM inbound_email WHERE id = :id").param("id", inboundEmailId)
                .query(String.class).optional();
    }
}
