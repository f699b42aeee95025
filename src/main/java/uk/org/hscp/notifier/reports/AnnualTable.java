package uk.org.hscp.notifier.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The annual report's table, computed: per reporting year (April to March), the referrals the LIG received
 * that year and what became of them. A referral counts in the year it was received, whatever year its decision
 * came in (as the report counts "of the 15 cases referred"); every year from the first referral to the last
 * is shown, an empty year as zeros.
 */
public final class AnnualTable {

    /** One referral as the table needs it: no reference, no name. */
    public record Referral(LocalDate received, AnnualHeading heading, boolean rapidReview) {
    }

    /**
     * @param rapidReviews the referrals with no further action that had a rapid review (the report's "12
     *                     (including four Rapid Reviews)")
     */
    public record Row(int startYear, String year, int referrals, int noFurtherAction, int rapidReviews,
            int singleAgencyOrOtherReview, int lcspr, int awaitingDecision) {
    }

    private AnnualTable() {
    }

    public static List<Row> of(Collection<Referral> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        int first = referrals.stream().mapToInt(r -> ReportPeriod.reportingYearOf(r.received())).min().orElseThrow();
        int last = referrals.stream().mapToInt(r -> ReportPeriod.reportingYearOf(r.received())).max().orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            int y = year;
            List<Referral> inYear = referrals.stream()
                    .filter(r -> ReportPeriod.reportingYearOf(r.received()) == y).toList();
            rows.add(new Row(year, ReportPeriod.yearLabel(year), inYear.size(),
                    count(inYear, AnnualHeading.NO_FURTHER_ACTION),
                    (int) inYear.stream().filter(r -> r.heading() == AnnualHeading.NO_FURTHER_ACTION && r.rapidReview())
                            .count(),
                    count(inYear, AnnualHeading.SINGLE_AGENCY_OR_OTHER_REVIEW), count(inYear, AnnualHeading.LCSPR),
                    count(inYear, AnnualHeading.AWAITING_DECISION)));
        }
        return List.copyOf(rows);
    }

    private static int count(List<Referral> referrals, AnnualHeading heading) {
        return (int) referrals.stream().filter(r -> r.heading() == heading).count();
    }
}
