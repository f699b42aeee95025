package uk.org.hscp.notifier.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.deadlines.Urgency;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;

/**
 * What needs doing today: deadlines overdue or due within five working days across the cases the user may
 * read (red, amber, green), and for the HSCP team the e-mails waiting in quarantine and the failed deliveries.
 */
@Controller
class TodayPage {

    record DueDeadline(String caseReference, String pseudonym, String timescaleId, String title, String section,
            String agency, LocalDate dueDate, Urgency urgency) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;

    TodayPage(JdbcClient jdbc, CaseAccess access, WorkingDayCalendar calendar, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/")
    String today(Authentication user, Model model) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate horizon = calendar.addWorkingDays(today, Urgency.HORIZON_WORKING_DAYS);
        Optional<List<Long>> readable = access.restrictTo(user);
        Optional<String> ownAgency = access.narrowTo(user);
        List<DueDeadline> due = jdbc.sql("""
                SELECT c.reference, c.pseudonym, d.timescale_id, d.title, d.section, d.agency, d.due_at
                FROM deadline d JOIN review_case c ON c.id = d.case_id
                WHERE d.status = 'OPEN' AND d.due_at IS NOT NULL AND d.due_at < :until"""
                        + (readable.isPresent() ? " AND " + CaseAccess.READABLE
                                + " AND (d.agency IS NULL OR d.agency = :agency)" : "")
                        + " ORDER BY d.due_at, c.reference, d.id")
                .param("until", Timestamps.utc(horizon.plusDays(1).atStartOfDay(zone).toInstant()))
                .params(readable.map(ids -> java.util.Map.<String, Object>of("readable", ids, "agency", ownAgency.orElse("-")))
                        .orElse(java.util.Map.of()))
                .query((rs, n) -> {
                    Instant dueAt = Timestamps.instant(rs.getObject("due_at", java.time.OffsetDateTime.class));
                    LocalDate dueDate = dueAt.atZone(zone).toLocalDate();
                    return new DueDeadline(rs.getString("reference"), rs.getString("pseudonym"),
                            rs.getString("timescale_id"), rs.getString("title"), rs.getString("section"),
                            rs.getString("agency"), dueDate, Urgency.of(dueDate, dueAt.isBefore(now), today, calendar));
                })
                .list();
        model.addAttribute("today", today);
        model.addAttribute("horizon", horizon);
        model.addAttribute("deadlines", due);
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            model.addAttribute("quarantined", jdbc.sql("SELECT COUNT(*) FROM inbound_email WHERE outcome = 'QUARANTINED'"
                    + " AND review_status IS NULL").query(Integer.class).single());
            model.addAttribute("failedDeliveries", jdbc.sql("SELECT COUNT(*) FROM delivery"
                    + " WHERE status IN ('PERMANENT_FAILURE', 'BOUNCED', 'TEMPORARY_FAILURE')").query(Integer.class).single());
        }
        return "today";
    }
}
