package uk.org.hscp.notifier.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;

/**
 * Summary-of-involvement responses (8.2.3, Appendix C) per LIG member agency, for the requests sent in a period
 * (the date the deadline's clock started):
 *
 * <ul>
 * <li><b>Asked</b>: requests sent (cancelled deadlines left out);</li>
 * <li><b>Answered</b>: a Referral Response Form (or the event recorded by hand) met the request;</li>
 * <li><b>Median working days to answer</b>: working days from the request's date to the answer's date
 * (England and Wales working days, as the deadline is counted), over the answered ones;</li>
 * <li><b>Late</b>: answered after the due moment, or not answered and past it now.</li>
 * </ul>
 */
public final class AgencyResponses {

    public record Row(String agency, int asked, int answered, OptionalDouble medianWorkingDaysToAnswer, int late) {
    }

    private AgencyResponses() {
    }

    /**
     * @param agencies  the LIG member agencies (config/recipients.yml), each shown even when never asked; an agency
     *                  found only in the data is added after them
     * @param summaries the SUMMARY_OF_INVOLVEMENT deadlines
     */
    public static List<Row> of(Collection<String> agencies, List<Timeliness.Deadline> summaries, ReportPeriod period,
            Instant now, ZoneId zone, WorkingDayCalendar calendar) {
        Set<String> order = new LinkedHashSet<>(agencies);
        summaries.stream().map(Timeliness.Deadline::agency).filter(a -> a != null).forEach(order::add);
        List<Row> rows = new ArrayList<>();
        for (String agency : order) {
            int asked = 0, answered = 0, late = 0;
            List<Integer> days = new ArrayList<>();
            for (Timeliness.Deadline d : summaries) {
                if (!agency.equals(d.agency()) || d.cancelled() || d.started() == null
                        || !period.contains(LocalDate.ofInstant(d.started(), zone))) {
                    continue;
                }
                asked++;
                if ("MET".equals(d.status()) && d.met() != null) {
                    answered++;
                    days.add(calendar.workingDaysBetween(LocalDate.ofInstant(d.started(), zone),
                            LocalDate.ofInstant(d.met(), zone)));
                    if (d.due() != null && d.met().isAfter(d.due())) {
                        late++;
                    }
                } else if (d.due() != null && d.due().isBefore(now)) {
                    late++;
                }
            }
            rows.add(new Row(agency, asked, answered, Median.of(days), late));
        }
        return List.copyOf(rows);
    }
}
