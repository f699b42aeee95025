package uk.org.hscp.notifier.dispatch.infra;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.dispatch.NoticeRequest;
import uk.org.hscp.notifier.dispatch.NoticeRequested;
import uk.org.hscp.notifier.dispatch.Notices;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Writes the notice in the caller's transaction and announces it; NoticeDispatch plans and sends it once
 * that transaction has committed (and the relay does, should that fail).
 */
@Repository
class JdbcNoticeOutbox implements Notices {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcNoticeOutbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void request(NoticeRequest request) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice (kind, case_id, inbound_email_id, deadline_id, reminder_id, lines, status, created_at)
                VALUES (:kind, :caseId, :emailId, :deadlineId, :reminderId, :lines, 'REQUESTED', :at)""")
                .param("kind", request.kind().name())
                .param("caseId", request.caseId())
                .param("emailId", request.inboundEmailId())
                .param("deadlineId", request.deadlineId())
                .param("reminderId", request.reminderId())
                .param("lines", String.join("\n", request.lines()))
                .param("at", Timestamps.utc(clock.instant()))
                .update(keys, "id");
        events.publishEvent(new NoticeRequested(keys.getKey().longValue()));
    }
}
