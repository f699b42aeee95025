package uk.org.hscp.notifier.dispatch.infra;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.NoticeRequested;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.platform.AfterCommit;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Writes notices in the caller's transaction. A single request is announced, and NoticeDispatch plans and
 * sends it once that transaction has committed (the relay does, should that fail); a batch is left to the
 * relay.
 */
@Repository
class JdbcNoticeOutbox implements Notices {

    private static final String INSERT = """
            INSERT INTO notice (kind, case_id, inbound_email_id, deadline_id, reminder_id, lines, status, created_at)
            VALUES (:kind, :caseId, :emailId, :deadlineId, :reminderId, :lines, 'REQUESTED', :at)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    JdbcNoticeOutbox(NamedParameterJdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void request(NoticeRequest request) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(INSERT, parameters(request, Timestamps.utc(clock.instant())), keys, new String[] {"id"});
        events.publishEvent(new NoticeRequested(keys.getKey().longValue()));
        counted(List.of(request));
    }

    /** {@code hscp_notices_written_total}: notices written, by kind, once their transaction commits. */
    private void counted(List<NoticeRequest> requests) {
        AfterCommit.run(() -> requests.stream().collect(Collectors.groupingBy(NoticeRequest::kind, Collectors.counting()))
                .forEach((kind, count) -> meters.counter("hscp.notices.written", "kind", kind.name()).increment(count)));
    }

    @Override
    public void requestAll(List<NoticeRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        OffsetDateTime at = Timestamps.utc(clock.instant());
        jdbc.batchUpdate(INSERT, requests.stream().map(r -> parameters(r, at)).toArray(SqlParameterSource[]::new));
        counted(requests);
    }

    /** Typed, so that a null costs the driver no look-up of the column's type. */
    private static SqlParameterSource parameters(NoticeRequest request, OffsetDateTime at) {
        return new MapSqlParameterSource()
                .addValue("kind", request.kind().name(), Types.VARCHAR)
                .addValue("caseId", request.caseId(), Types.BIGINT)
                .addValue("emailId", request.inboundEmailId(), Types.BIGINT)
                .addValue("deadlineId", request.deadlineId(), Types.BIGINT)
                .addValue("reminderId", request.reminderId(), Types.BIGINT)
                .addValue("lines", String.join("\n", request.lines()), Types.VARCHAR)
                .addValue("at", at);
    }
}
