package uk.org.hscp.notifier.dispatch.infra;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.dispatch.NoticeRequest;
import uk.org.hscp.notifier.dispatch.Notices;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcNoticeOutbox implements Notices {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcNoticeOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void request(NoticeRequest request) {
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
                .update();
    }
}
