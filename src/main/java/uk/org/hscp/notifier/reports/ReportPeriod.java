package uk.org.hscp.notifier.reports;

import java.time.LocalDate;
import java.time.Month;

/**
 * The dates a report covers, both included: a reporting year (1 April to 31 March, as the HSCP annual report
 * counts) or any range of dates. Dates are London dates.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A report period needs both dates");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the period must not be before its start");
        }
    }

    /** The reporting year starting on 1 April of {@code startYear}: 2026 is 2026/27. */
    public static ReportPeriod reportingYear(int startYear) {
        return new ReportPeriod(LocalDate.of(startYear, Month.APRIL, 1), LocalDate.of(startYear + 1, Month.MARCH, 31),
                yearLabel(startYear));
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, from + " to " + to);
    }

    /** The start year of the reporting year a date falls in: 31 March 2027 is in 2026/27, 1 April 2027 in 2027/28. */
    public static int reportingYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** As the annual report writes it: 2020/21. */
    public static String yearLabel(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * What a reader asked for: a date range when both dates are given, else the reporting year starting in
     * {@code year}, else the current one.
     *
     * @throws IllegalArgumentException naming what is wrong (one date of a range without the other, the end
     *                                  before the start)
     */
    public static ReportPeriod choose(Integer year, LocalDate from, LocalDate to, int currentYear) {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new IllegalArgumentException("Enter both dates of the range, or choose a reporting year");
            }
            return range(from, to);
        }
        return reportingYear(year != null ? year : currentYear);
    }
}
