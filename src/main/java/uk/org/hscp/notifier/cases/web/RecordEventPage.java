package uk.org.hscp.notifier.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling.DeadlineChange;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;

/**
 * The HSCP team records what happened to a case: one page per event, a GOV.UK date input and the event's
 * questions; errors shown on the page; once recorded, back to the case (POST/redirect/GET) with a banner
 * listing the deadlines the event created, moved, met or cancelled.
 */
@Controller
@PreAuthorize("hasRole('HSCP_TEAM')")
class RecordEventPage {

    /** What the banner on the case page says after an event was recorded; kept in the session until then. */
    record Recorded(String event, LocalDate date, List<ChangeLine> changes) implements java.io.Serializable {
    }

    record ChangeLine(String change, String title, String agency, ZonedDateTime previousDue, ZonedDateTime due)
            implements java.io.Serializable {
    }

    private final CaseLookup lookup;
    private final EventRecording recording;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;

    RecordEventPage(CaseLookup lookup, EventRecording recording, WorkingDayCalendar calendar, Clock clock,
            ZoneId zone) {
        this.lookup = lookup;
        this.recording = recording;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/cases/{reference}/events/new")
    String form(@PathVariable String reference, @RequestParam RecordableEvent type, Authentication staff,
            Model model) {
        return page(lookup.readable(reference, staff, "record event"), type, EventForm.empty(), null, model);
    }

    @PostMapping("/cases/{reference}/events")
    String record(@PathVariable String reference, @RequestParam RecordableEvent type, EventForm form,
            Authentication staff, Model model, RedirectAttributes redirect) throws JsonProcessingException {
        CaseSummary found = lookup.readable(reference, staff, "record event");
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        EventForm.Entry entry = form.check(type, calendar.coveredFrom(),
                type.mayBeInTheFuture() ? calendar.coveredUntil() : today);
        if (!entry.valid()) {
            return page(found, type, form, entry, model);
        }
        List<DeadlineChange> changes = recording.record(found, entry, staff);
        redirect.addFlashAttribute("recorded", new Recorded(type.title(), entry.date(), changes.stream()
                .map(c -> new ChangeLine(c.change().name(), c.title(), c.agency(), zoned(c.previousDue()), zoned(c.due())))
                .toList()));
        return "redirect:/cases/{reference}";
    }

    private String page(CaseSummary found, RecordableEvent type, EventForm form, EventForm.Entry checked,
            Model model) {
        model.addAttribute("summary", found);
        model.addAttribute("event", type);
        model.addAttribute("form", form);
        model.addAttribute("checked", checked);
        model.addAttribute("errors", checked == null ? Map.of() : checked.errors());
        model.addAttribute("decisions", EventForm.DECISIONS);
        model.addAttribute("methodologyLevels", EventForm.METHODOLOGY_LEVELS);
        model.addAttribute("panelResponses", EventForm.PANEL_RESPONSES);
        return "cases/record-event";
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(zone);
    }
}
