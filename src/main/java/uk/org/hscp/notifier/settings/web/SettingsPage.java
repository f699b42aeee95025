package uk.org.hscp.notifier.settings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.intake.MailboxesProperties;
import uk.org.hscp.notifier.intake.SenderAuthentication;
import uk.org.hscp.notifier.settings.InWords;

/**
 * What the service runs on, read only (HSCP team): the timescale catalogue, the bank holidays and how far the
 * calendar is trusted, who receives what, the watched mailboxes (never their passwords) and the known agencies.
 * Changed in config/*.yml, then the service is restarted.
 */
@Controller
class SettingsPage {

    record TimescaleLine(String id, String title, String section, String startEvent, String due, String reminders,
            String escalation, boolean enabled) {
    }

    record HolidayLine(LocalDate day, String name) {
    }

    record YearOfHolidays(Year year, List<HolidayLine> holidays) {
    }

    record MailboxLine(String name, String protocol, String host, int port, List<String> folders) {
    }

    record AgencyLine(String code, String name, List<String> domains, int singleAddresses) {
    }

    private final TimescaleCatalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final Recipients recipients;
    private final MailboxesProperties mailboxes;
    private final IntakeProperties intake;
    private final KnownSenders knownSenders;
    private final Clock clock;

    SettingsPage(TimescaleCatalogue catalogue, WorkingDayCalendar calendar, Recipients recipients,
            MailboxesProperties mailboxes, IntakeProperties intake, KnownSenders knownSenders, Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.recipients = recipients;
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.knownSenders = knownSenders;
        this.clock = clock;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        Year thisYear = Year.now(clock);
        model.addAttribute("timescales", catalogue.all().stream()
                .map(t -> new TimescaleLine(t.id(), t.title(), t.section(), InWords.event(t.startEvent()),
                        InWords.due(t.due()), reminders(t.reminded(), InWords.offsets(t.reminders())),
                        reminders(t.escalateTo(), InWords.offsets(t.escalations())), t.enabled()))
                .toList());
        model.addAttribute("years", List.of(holidays(thisYear), holidays(thisYear.plusYears(1))));
        model.addAttribute("coveredUntil", calendar.coveredUntil());
        model.addAttribute("roles", recipients.roleAddresses());
        model.addAttribute("ligAgencies", recipients.ligAgencyAddresses());
        model.addAttribute("mailboxes", mailboxes.mailboxes().stream()
                .map(m -> new MailboxLine(m.name(), m.protocol(), m.host(), m.port(),
                        List.of("INBOX", intake.processedFolder(), intake.quarantineFolder())))
                .toList());
        model.addAttribute("agencies", knownSenders.agencies().stream()
                .map(a -> new AgencyLine(a.code(), a.name(), a.domains(), a.addresses().size())).toList());
        var authentication = intake.senderAuthentication();
        model.addAttribute("senderAuthenticationOff", authentication.mode() != SenderAuthentication.Mode.REQUIRED);
        model.addAttribute("authservIds", authentication.authservIds());
        model.addAttribute("hscpTeamSenders", intake.hscpTeamSenders());
        model.addAttribute("repliesPerSenderPerHour", intake.repliesPerSenderPerHour());
        return "settings/settings";
    }

    private YearOfHolidays holidays(Year year) {
        return new YearOfHolidays(year, calendar.holidays(year).entrySet().stream()
                .map(e -> new HolidayLine(e.getKey(), e.getValue())).toList());
    }

    private static String reminders(List<String> roles, String offsets) {
        return offsets.isEmpty() ? "None" : offsets + " (" + String.join(", ", roles) + ")";
    }
}
