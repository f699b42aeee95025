package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.reports.TimelinessTests.LONDON;
import static uk.org.hscp.notifier.reports.TimelinessTests.endOf;
import static uk.org.hscp.notifier.reports.TimelinessTests.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;

/** Summary-of-involvement responses per agency, and deliveries per notice and role. */
class AgencyResponsesAndNoticesTests {

    /** Monday 4 May 2026 is the early May bank holiday. */
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(LocalDate.of(2026, 5, 4),
            "Early May bank holiday"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final ReportPeriod YEAR = ReportPeriod.reportingYear(2026);
    static final Instant NOW = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(LONDON).toInstant();

    @Test
    void eachAgencyIsAskedAnswersInWorkingDaysAndIsLateOrNot() {
        List<Timeliness.Deadline> summaries = List.of(
                // asked Thursday 30 April, due Thursday 7 May (5 working days, the bank holiday skipped)
                summary("POLICE", "2026-04-30", "2026-05-07", "MET", "2026-05-01"),  // 1 working day
                summary("POLICE", "2026-04-30", "2026-05-07", "MET", "2026-05-06"),  // 3 (Fri, Tue, Wed)
                summary("ICB", "2026-04-30", "2026-05-07", "MET", "2026-05-11"),     // late: 6 working days
                summary("ICB", "2026-04-30", "2026-05-07", "OPEN", null),            // late: past due, no answer
                summary("ICB", "2026-05-28", "2026-06-04", "OPEN", null),            // asked, not due yet
                summary("ICB", "2026-04-30", "2026-05-07", "CANCELLED", null),
                summary("POLICE", "2026-03-30", "2026-04-06", "MET", "2026-04-01")); // asked the year before

        assertThat(AgencyResponses.of(List.of("CHILDRENS_SERVICES", "POLICE", "ICB"), summaries, YEAR, NOW, LONDON,
                CALENDAR)).containsExactly(
                new AgencyResponses.Row("CHILDRENS_SERVICES", 0, 0, OptionalDouble.empty(), 0),
                new AgencyResponses.Row("POLICE", 2, 2, OptionalDouble.of(2), 0),
                new AgencyResponses.Row("ICB", 3, 1, OptionalDouble.of(6), 2));
    }

    @Test
    void deliveriesAreCountedPerNoticeAndRoleWithTheMedianSecondsFromTheEventToSent() {
        Instant event = LocalDate.of(2026, 5, 1).atTime(9, 0).atZone(LONDON).toInstant();
        List<NoticeFigures.Delivery> deliveries = List.of(
                delivery("DECISION_NOTICE", "NATIONAL_PANEL", "SENT", event, 10),
                delivery("DECISION_NOTICE", "NATIONAL_PANEL", "SENT", event, 30),
                delivery("DECISION_NOTICE", "NATIONAL_PANEL", "BOUNCED", event, 20),
                delivery("DECISION_NOTICE", "NATIONAL_PANEL", "PERMANENT_FAILURE", event, -1),
                delivery("DECISION_NOTICE", "OFSTED", "TEMPORARY_FAILURE", event, -1),
                delivery("REMINDER", "HSCP_TEAM", "SENT", event, 4),
                delivery("REMINDER", "HSCP_TEAM", "SENT", event.minusSeconds(86_400 * 60), 4)); // the year before

        assertThat(NoticeFigures.of(deliveries, YEAR, LONDON)).containsExactly(
                new NoticeFigures.Row("DECISION_NOTICE", "NATIONAL_PANEL", 4, 2, 1, 1, 0, OptionalDouble.of(20)),
                new NoticeFigures.Row("DECISION_NOTICE", "OFSTED", 1, 0, 0, 0, 1, OptionalDouble.empty()),
                new NoticeFigures.Row("REMINDER", "HSCP_TEAM", 1, 1, 0, 0, 0, OptionalDouble.of(4)));
    }

    private static Timeliness.Deadline summary(String agency, String asked, String due, String status, String met) {
        return new Timeliness.Deadline("SUMMARY_OF_INVOLVEMENT", agency, startOf(LocalDate.parse(asked)),
                endOf(LocalDate.parse(due)), status, met == null ? null : startOf(LocalDate.parse(met)));
    }

    private static NoticeFigures.Delivery delivery(String kind, String role, String status, Instant event,
            int secondsToSent) {
        return new NoticeFigures.Delivery(kind, role, status, event.plusSeconds(1), event,
                secondsToSent < 0 ? null : event.plusSeconds(secondsToSent));
    }
}
