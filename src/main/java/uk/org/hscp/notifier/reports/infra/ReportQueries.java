package uk.org.hscp.notifier.reports.infra;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.reports.AnnualHeading;
import uk.org.hscp.notifier.reports.AnnualTable;
import uk.org.hscp.notifier.reports.NoticeFigures;
import uk.org.hscp.notifier.reports.Reports;
import uk.org.hscp.notifier.reports.Timeliness;

/**
 * The report's read model: it reads the cases' dates and decisions, the deadlines and the deliveries, and never a
 * column that identifies anyone (no name, date of birth, address, e-mail address or free text).
 */
@Repository
class ReportQueries implements Reports.Source {

    private record Decision(Optional<String> decision, Optional<String> level) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ZoneId zone;

    ReportQueries(JdbcClient jdbc, ObjectMapper json, ZoneId zone) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = zone;
    }

    @Override
    public List<AnnualTable.Referral> referrals() {
        Map<Long, Decision> decisions = new HashMap<>();
        Map<Long, Boolean> rapidReviews = new HashMap<>();
        Map<Long, Boolean> lcsprs = new HashMap<>();
        jdbc.sql("""
                SELECT case_id, event, details FROM case_event WHERE superseded_by IS NULL
                AND event IN ('DECISION_RECORDED', 'RAPID_REVIEW_COMPLETED', 'LCSPR_DECIDED')""")
                .query((rs, n) -> {
                    long caseId = rs.getLong("case_id");
                    switch (rs.getString("event")) {
                        case "DECISION_RECORDED" -> decisions.put(caseId, decision(rs.getString("details")));
                        case "RAPID_REVIEW_COMPLETED" -> rapidReviews.put(caseId, true);
                        default -> lcsprs.put(caseId, true);
                    }
                    return caseId;
                }).list();
        return jdbc.sql("SELECT id, opened_at FROM review_case").query((rs, n) -> {
            long id = rs.getLong("id");
            LocalDate received = LocalDate.ofInstant(
                    Timestamps.instant(rs.getObject("opened_at", OffsetDateTime.class)), zone);
            Decision decision = decisions.getOrDefault(id, new Decision(Optional.empty(), Optional.empty()));
            return new AnnualTable.Referral(received, AnnualHeading.of(decision.decision(), decision.level(),
                    lcsprs.getOrDefault(id, false)), rapidReviews.getOrDefault(id, false));
        }).list();
    }

    /** Only the answers the table needs; a decision recorded without answers is still a decision. */
    private Decision decision(String details) {
        if (details == null || details.isBlank()) {
            return new Decision(Optional.of("NO_LOCAL_REVIEW"), Optional.empty());
        }
        try {
            JsonNode node = json.readTree(details);
            return new Decision(Optional.ofNullable(node.path("decision").textValue()).or(() -> Optional.of("NO_LOCAL_REVIEW")),
                    Optional.ofNullable(node.path("methodologyLevel").textValue()));
        } catch (JsonProcessingException e) {
            return new Decision(Optional.of("NO_LOCAL_REVIEW"), Optional.empty());
        }
    }

    @Override
    public List<Timeliness.Deadline> deadlines() {
        return jdbc.sql("""
                SELECT timescale_id, agency, COALESCE(started_at, created_at) AS started, due_at, status, met_at
                FROM deadline""")
                .query((rs, n) -> new Timeliness.Deadline(rs.getString("timescale_id"), rs.getString("agency"),
                        instant(rs.getObject("started", OffsetDateTime.class)),
                        instant(rs.getObject("due_at", OffsetDateTime.class)), rs.getString("status"),
                        instant(rs.getObject("met_at", OffsetDateTime.class))))
                .list();
    }

    @Override
    public List<NoticeFigures.Delivery> deliveries(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT d.notice_kind, d.role, d.status, d.created_at, n.created_at AS notice_created, d.sent_at
                FROM delivery d JOIN notice n ON n.id = d.notice_id
                WHERE d.created_at >= :from AND d.created_at < :to""")
                .param("from", Timestamps.utc(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamps.utc(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new NoticeFigures.Delivery(rs.getString("notice_kind"), rs.getString("role"),
                        rs.getString("status"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("notice_created", OffsetDateTime.class)),
                        instant(rs.getObject("sent_at", OffsetDateTime.class))))
                .list();
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : Timestamps.instant(time);
    }
}
