package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reporting years run from 1 April to 31 March, as the HSCP annual report counts them. */
class ReportPeriodTests {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-03-31, 2025, 2025/26",
            "2026-04-01, 2026, 2026/27",
            "2026-12-31, 2026, 2026/27",
            "2027-01-01, 2026, 2026/27",
            "2099-06-30, 2099, 2099/00",
    })
    void aDateFallsInTheReportingYearThatStartedOnTheAprilBeforeIt(LocalDate date, int startYear, String label) {
        assertThat(ReportPeriod.reportingYearOf(date)).isEqualTo(startYear);
        ReportPeriod year = ReportPeriod.reportingYear(startYear);
        assertThat(year.label()).isEqualTo(label);
        assertThat(year.contains(date)).isTrue();
        assertThat(year.contains(year.from().minusDays(1))).isFalse();
        assertThat(year.contains(year.to().plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "year {0}, from {1}, to {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "-,    -,          -,          2026-04-01, 2027-03-31", // nothing asked: the current year
            "2020, -,          -,          2020-04-01, 2021-03-31",
            "2020, 2026-05-01, 2026-05-31, 2026-05-01, 2026-05-31", // a range wins over a year
            "-,    2026-05-01, 2026-05-01, 2026-05-01, 2026-05-01",
    })
    void aReaderChoosesAYearOrARange(Integer year, LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        ReportPeriod period = ReportPeriod.choose(year, from, to, 2026);
        assertThat(period.from()).isEqualTo(start);
        assertThat(period.to()).isEqualTo(end);
    }

    @Test
    void aRangeNeedsBothDatesInOrder() {
        assertThatThrownBy(() -> ReportPeriod.choose(null, LocalDate.of(2026, 5, 1), null, 2026))
                .hasMessage("Enter both dates of the range, or choose a reporting year");
        assertThatThrownBy(() -> ReportPeriod.choose(null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), 2026))
                .hasMessage("The end of the period must not be before its start");
    }
}
