package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one deadline counts in the reporting year 2026/27 (1 April 2026 to 31 March 2027), as of a moment. */
class TimelinessTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ReportPeriod YEAR = ReportPeriod.reportingYear(2026);

    @ParameterizedTest(name = "[{index}] started {0}, due {1}, {2} {3}, now {4}: due {5}, on time {6}, late {7}, missed {8}, open {9}, days late {10}")
    @CsvSource(nullValues = "-", value = {
            // started,  due,        status,    met,        now,        due,ontime,late,missed,open,days late
            "2026-06-01, 2026-06-10, MET,       2026-06-10, 2027-05-15, 1, 1, 0, 0, 0, -",   // met on the due day: on time
            "2026-06-01, 2026-06-10, MET,       2026-06-01, 2027-05-15, 1, 1, 0, 0, 0, -",
            "2026-06-01, 2026-06-10, MET,       2026-06-13, 2027-05-15, 1, 0, 1, 0, 0, 3",   // three days late
            "2027-03-01, 2027-03-30, MET,       2027-04-02, 2027-05-15, 1, 0, 1, 0, 0, 3",   // met late, after the year's end
            "2026-06-01, 2026-07-01, OPEN,      -,          2027-05-15, 1, 0, 0, 1, 0, 318", // missed, counted to today
            "2026-06-01, 2026-07-01, OPEN,      -,          2026-06-20, 1, 0, 0, 0, 1, -",   // the year has not ended: open
            "2027-03-20, 2027-04-20, OPEN,      -,          2027-05-15, 0, 0, 0, 0, 1, -",   // running at the year's end
            "2027-03-20, 2027-04-20, MET,       2027-04-05, 2027-05-15, 0, 0, 0, 0, 1, -",   // open at the year's end, met since
            "2027-03-20, 2027-04-20, MET,       2027-03-25, 2027-05-15, 0, 0, 0, 0, 0, -",   // met before the year's end: counts when due
            "2027-04-02, 2027-04-20, OPEN,      -,          2027-05-15, 0, 0, 0, 0, 0, -",   // started after the year
            "2027-02-01, -,          OPEN,      -,          2027-05-15, 0, 0, 0, 0, 1, -",   // due on a date not known yet
            "2026-06-01, 2026-06-10, CANCELLED, -,          2027-05-15, 0, 0, 0, 0, 0, -",   // stopped or replaced
            "2026-03-01, 2026-03-31, OPEN,      -,          2027-05-15, 0, 0, 0, 0, 0, -",   // due the year before
    })
    void eachDeadlineCountsOnce(LocalDate started, LocalDate due, String status, LocalDate met, LocalDate now,
            int dueCount, int onTime, int late, int missed, int open, Integer daysLate) {
        var deadline = new Timeliness.Deadline("PANEL_NOTIFICATION", null, startOf(started),
                due == null ? null : endOf(due), status, met == null ? null : startOf(met));

        Timeliness.Row row = Timeliness.of(List.of(deadline), Map.of("PANEL_NOTIFICATION", "Panel notified"), YEAR,
                at(now, 9), LONDON).get(0);

        assertThat(row).isEqualTo(new Timeliness.Row("PANEL_NOTIFICATION", "Panel notified", dueCount, onTime, late,
                missed, open, daysLate == null ? OptionalDouble.empty() : OptionalDouble.of(daysLate),
                daysLate == null ? OptionalInt.empty() : OptionalInt.of(daysLate)));
    }

    @Test
    void everyTimescaleIsShownInTheCataloguesOrderWithTheMedianAndWorstDaysLate() {
        var deadlines = List.of(
                deadline("RAPID_REVIEW", "2026-05-01", "2026-05-02"),    // 1 day late
                deadline("RAPID_REVIEW", "2026-05-01", "2026-05-05"),    // 4
                deadline("RAPID_REVIEW", "2026-05-01", "2026-05-11"),    // 10
                deadline("RAPID_REVIEW", "2026-05-01", "2026-04-30"),    // on time
                deadline("RETIRED_TIMESCALE", "2026-05-01", "2026-05-01"));
        var titles = new java.util.LinkedHashMap<String, String>();
        titles.put("PANEL_NOTIFICATION", "Panel notified");
        titles.put("RAPID_REVIEW", "Rapid review completed");

        List<Timeliness.Row> rows = Timeliness.of(deadlines, titles, YEAR, at(LocalDate.of(2027, 5, 1), 9), LONDON);

        assertThat(rows).extracting(Timeliness.Row::timescaleId)
                .containsExactly("PANEL_NOTIFICATION", "RAPID_REVIEW", "RETIRED_TIMESCALE");
        assertThat(rows.get(0).total()).isZero();
        assertThat(rows.get(1).medianDaysLate()).isEqualTo(OptionalDouble.of(4));
        assertThat(rows.get(1).worstDaysLate()).isEqualTo(OptionalInt.of(10));
        assertThat(rows.get(1).onTime()).isEqualTo(1);
        assertThat(rows.get(2).title()).isEqualTo("RETIRED_TIMESCALE");
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', value = {
            "5.1                | 5.2",
            "5.3                | 7.2",
            "8.2.1              | 8.2.3, Appendix C",
            "9.4.2              | 9.12.4, 9.16.1",  // 4 before 12: numbers, not text
            "9.16.3             | 10.3.1",
            "11.3               | Appendix A step 27", // a numbered section before an appendix
            "Working Together 2023 | Working Together 2024", // neither numbered: by id
    })
    void timescalesAreShownInTheOrderOfTheProcedure(String first, String second) {
        var order = Timeliness.<String[]>inProcedureOrder(t -> t[0], t -> t[1]);
        String[] a = {first, "A"};
        String[] b = {second, "B"};
        assertThat(order.compare(a, b)).isNegative();
        assertThat(order.compare(b, a)).isPositive();
    }

    private static Timeliness.Deadline deadline(String timescale, String due, String met) {
        return new Timeliness.Deadline(timescale, null, startOf(LocalDate.parse(due).minusDays(10)),
                endOf(LocalDate.parse(due)), "MET", startOf(LocalDate.parse(met)));
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }

    static Instant endOf(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59)).atZone(LONDON).toInstant();
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(LONDON).toInstant();
    }
}
