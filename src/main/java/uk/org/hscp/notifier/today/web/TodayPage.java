package uk.org.hscp.notifier.today.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.deadlines.Urgency;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.today.TodaysWork;

/**
 * What needs doing today: deadlines overdue or due within five working days across the cases the user may
 * read (red, amber, green), and for the HSCP team the e-mails waiting in quarantine and the failed deliveries.
 */
@Controller
class TodayPage {

    record DueDeadline(String caseReference, String pseudonym, String timescaleId, String title, String section,
            String agency, LocalDate dueDate, Urgency urgency) {
    }

    private final TodaysWork work;
    private final CaseAccess access;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;

    TodayPage(TodaysWork work, CaseAccess access, WorkingDayCalendar calendar, ZoneId zone, Clock clock) {
        this.work = work;
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
        Optional<TodaysWork.Readable> readableByAgency = readable
                .map(ids -> new TodaysWork.Readable(ids, ownAgency.orElse("-")));
        List<DueDeadline> due = work.dueBefore(horizon.plusDays(1).atStartOfDay(zone).toInstant(), readableByAgency)
                .stream().map(d -> {
                    LocalDate dueDate = d.due().atZone(zone).toLocalDate();
                    return new DueDeadline(d.caseReference(), d.pseudonym(), d.timescaleId(), d.title(), d.section(),
                            d.agency(), dueDate, Urgency.of(dueDate, d.due().isBefore(now), today, calendar));
                }).toList();
        model.addAttribute("today", today);
        model.addAttribute("horizon", horizon);
        model.addAttribute("deadlines", due);
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            model.addAttribute("quarantined", work.quarantineWaiting());
            model.addAttribute("failedDeliveries", work.failedDeliveries());
        }
        return "today";
    }
}
