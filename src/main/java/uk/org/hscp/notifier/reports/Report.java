package uk.org.hscp.notifier.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the Reports page for one period, as of one moment: counts only, no case reference, no name.
 * The annual table covers every reporting year in the data, whatever the period.
 */
public record Report(String period, LocalDate from, LocalDate to, Instant asOf, List<AnnualTable.Row> annual,
        List<Timeliness.Row> timeliness, List<AgencyResponses.Row> agencies, List<NoticeFigures.Row> notices) {
}
