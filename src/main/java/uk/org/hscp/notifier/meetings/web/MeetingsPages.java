package uk.org.hscp.notifier.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.meetings.LigMeeting;
import uk.org.hscp.notifier.meetings.LigMeetings;
import uk.org.hscp.notifier.meetings.MeetingChanges;
import uk.org.hscp.notifier.meetings.Quorum;

/**
 * LIG meetings: the HSCP team and LIG members see upcoming and past meetings with their quorum; the HSCP team
 * adds and moves meetings and records who attended (the LIG member agencies of config/recipients.yml).
 */
@Controller
class MeetingsPages {

    record MeetingLine(LigMeeting meeting, Quorum.Verdict quorum) {
    }

    record AgencyAttendance(String code, String name, boolean present, boolean neededForQuorum) {
    }

    private final LigMeetings meetings;
    private final MeetingChanges changes;
    private final Recipients recipients;
    private final KnownSenders knownSenders;
    private final Clock clock;

    MeetingsPages(LigMeetings meetings, MeetingChanges changes, Recipients recipients, KnownSenders knownSenders,
            Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.recipients = recipients;
        this.knownSenders = knownSenders;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<MeetingLine> lines = meetings.all().stream()
                .map(m -> new MeetingLine(m, Quorum.of(meetings.attendance(m.id())))).toList();
        model.addAttribute("upcoming", lines.stream().filter(l -> !l.meeting().meetsOn().isBefore(today)).toList());
        model.addAttribute("past", lines.stream().filter(l -> l.meeting().meetsOn().isBefore(today))
                .sorted((a, b) -> b.meeting().meetsOn().compareTo(a.meeting().meetsOn())).toList());
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    @PreAuthorize("hasRole('HSCP_TEAM')")
    String newMeeting(Model model) {
        return form(new MeetingForm(null, LigMeeting.Kind.SCHEDULED.name(), null), Map.of(), null, model);
    }

    @PostMapping("/meetings")
    String add(@ModelAttribute MeetingForm form, Authentication user, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return form(form, errors, null, model);
        }
        long id = changes.add(form.date(), form.meetingKind(), form.cleanNotes(), user);
        redirect.addFlashAttribute("saved", "The meeting is added. Open cases were checked against the next meeting.");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        LigMeeting meeting = find(id);
        Map<String, Boolean> attendance = meetings.attendance(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("quorum", Quorum.of(attendance));
        model.addAttribute("agencies", recipients.ligAgencies().stream()
                .map(code -> new AgencyAttendance(code, knownSenders.nameOf(code),
                        Boolean.TRUE.equals(attendance.get(code)), Quorum.REQUIRED_AGENCIES.contains(code)))
                .toList());
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{id}/change")
    @PreAuthorize("hasRole('HSCP_TEAM')")
    String changeForm(@PathVariable long id, Model model) {
        return form(MeetingForm.of(find(id)), Map.of(), id, model);
    }

    @PostMapping("/meetings/{id}")
    String change(@PathVariable long id, @ModelAttribute MeetingForm form, Authentication user, Model model,
            RedirectAttributes redirect) {
        find(id);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return form(form, errors, id, model);
        }
        changes.change(id, form.date(), form.meetingKind(), form.cleanNotes(), user);
        redirect.addFlashAttribute("saved", "The meeting is changed. Open cases were checked against the next meeting.");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) Set<String> present,
            Authentication user, RedirectAttributes redirect) {
        find(id);
        Set<String> attended = present == null ? Set.of() : present;
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        recipients.ligAgencies().forEach(code -> attendance.put(code, attended.contains(code)));
        changes.recordAttendance(id, attendance, user);
        redirect.addFlashAttribute("saved", "Attendance is recorded.");
        return "redirect:/meetings/" + id;
    }

    private String form(MeetingForm form, Map<String, String> errors, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetingId", id);
        model.addAttribute("kinds", LigMeeting.Kind.values());
        return "meetings/form";
    }

    private LigMeeting find(long id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
