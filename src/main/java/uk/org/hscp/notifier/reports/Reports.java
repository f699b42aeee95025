package uk.org.hscp.notifier.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.org.hscp.notifier.deadlines.Timescale;
import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;

/** Computes a report from what the service holds, as of the clock's now. */
public class Reports {

    /** What the report reads (reports/infra). */
    public interface Source {

        List<AnnualTable.Referral> referrals();

        List<Timeliness.Deadline> deadlines();

        List<NoticeFigures.Delivery> deliveries(LocalDate from, LocalDate to);
    }

    public static final String SUMMARY_OF_INVOLVEMENT = "SUMMARY_OF_INVOLVEMENT";

    private final Source source;
    private final TimescaleCatalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final List<String> agencies;
    private final ZoneId zone;
    private final Clock clock;

    public Reports(Source source, TimescaleCatalogue catalogue, WorkingDayCalendar calendar, List<String> agencies,
            ZoneId zone, Clock clock) {
        this.source = source;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.agencies = List.copyOf(agencies);
        this.zone = zone;
        this.clock = clock;
    }

    public Report of(ReportPeriod period) {
        var now = clock.instant();
        Map<String, String> titles = new LinkedHashMap<>();
        catalogue.enabled().stream().sorted(Timeliness.inProcedureOrder(Timescale::section, Timescale::id))
                .forEach(t -> titles.put(t.id(), t.title()));
        List<Timeliness.Deadline> deadlines = source.deadlines();
        List<Timeliness.Deadline> summaries = deadlines.stream()
                .filter(d -> d.timescaleId().equals(SUMMARY_OF_INVOLVEMENT)).toList();
        return new Report(period.label(), period.from(), period.to(), now, AnnualTable.of(source.referrals()),
                Timeliness.of(deadlines, titles, period, now, zone),
                AgencyResponses.of(agencies, summaries, period, now, zone, calendar),
                NoticeFigures.of(source.deliveries(period.from(), period.to()), period, zone));
    }

    /** The reporting year today falls in. */
    public int currentReportingYear() {
        return ReportPeriod.reportingYearOf(LocalDate.now(clock.withZone(zone)));
    }

    /** The start years of every reporting year with a referral, and the current one, newest first. */
    public List<Integer> years() {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.add(currentReportingYear());
        source.referrals().forEach(r -> years.add(ReportPeriod.reportingYearOf(r.received())));
        return List.copyOf(years);
    }
}
