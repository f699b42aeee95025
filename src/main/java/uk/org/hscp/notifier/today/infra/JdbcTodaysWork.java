package uk.org.hscp.notifier.today.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.today.TodaysWork;

@Repository
class JdbcTodaysWork implements TodaysWork {

    private final JdbcClient jdbc;

    JdbcTodaysWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenDeadline> dueBefore(Instant until, Optional<Readable> readable) {
        return jdbc.sql("""
                SELECT c.reference, c.pseudonym, d.timescale_id, d.title, d.section, d.agency, d.due_at
                FROM deadline d JOIN review_case c ON c.id = d.case_id
                WHERE d.status = 'OPEN' AND d.due_at IS NOT NULL AND d.due_at < :until"""
                        + (readable.isPresent() ? " AND " + CaseAccess.READABLE
                                + " AND (d.agency IS NULL OR d.agency = :agency)" : "")
                        + " ORDER BY d.due_at, c.reference, d.id")
                .param("until", Timestamps.utc(until))
                .params(readable.map(r -> Map.<String, Object>of("readable", r.caseIds(), "agency", r.agency()))
                        .orElse(Map.of()))
                .query((rs, n) -> new OpenDeadline(rs.getString("reference"), rs.getString("pseudonym"),
                        rs.getString("timescale_id"), rs.getString("title"), rs.getString("section"),
                        rs.getString("agency"), Timestamps.instant(rs.getObject("due_at", OffsetDateTime.class))))
                .list();
    }

    @Override
    public int quarantineWaiting() {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_email WHERE outcome = 'QUARANTINED' AND review_status IS NULL")
                .query(Integer.class).single();
    }

    @Override
    public int failedDeliveries() {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PERMANENT_FAILURE', 'BOUNCED', 'TEMPORARY_FAILURE')")
                .query(Integer.class).single();
    }
}
