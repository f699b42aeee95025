package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDayCalendarTests {

    static final WorkingDayCalendar CALENDAR = BankHolidays.load();

    /** GOV.UK's England and Wales bank holidays, the independent oracle. */
    static Stream<Arguments> govUkBankHolidays() {
        return Stream.of(
                Arguments.of(2020, List.of("01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28")),
                Arguments.of(2021, List.of("01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28")),
                Arguments.of(2022, List.of("01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19",
                        "12-26", "12-27")),
                Arguments.of(2023, List.of("01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25",
                        "12-26")),
                Arguments.of(2024, List.of("01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26")),
                Arguments.of(2025, List.of("01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26")),
                Arguments.of(2026, List.of("01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28")),
                Arguments.of(2027, List.of("01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("govUkBankHolidays")
    void matchesGovUkEnglandAndWalesBankHolidays(int year, List<String> days) {
        Map<LocalDate, String> holidays = CALENDAR.holidays(Year.of(year));

        assertThat(holidays.keySet()).containsExactlyInAnyOrderElementsOf(
                days.stream().map(d -> LocalDate.parse(year + "-" + d)).toList());
    }

    @Test
    void coversEveryYearFrom2018To2030WithEightOrMoreHolidays() {
        for (int year = 2018; year <= 2030; year++) {
            assertThat(CALENDAR.holidays(Year.of(year))).as("%d", year).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void refusesToGuessPastItsData() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(CALENDAR.coveredUntil().plusDays(1)))
                .isInstanceOf(WorkingDayCalendar.CalendarNotCoveredException.class)
                .hasMessageContaining("config/bank-holidays.yml");
    }

    /** Fails a year before the bank holiday data runs out, so there is a year to update it. */
    @Test
    void calendarCoversAtLeastTheNextYear() {
        assertThat(CALENDAR.coveredUntil()).isAfterOrEqualTo(LocalDate.now().plusYears(1));
    }

    @Test
    void dayZeroIsTheStartWhateverDayItIs() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);

        assertThat(CALENDAR.addWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(CALENDAR.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CALENDAR.subtractWorkingDays(LocalDate.of(2026, 11, 23), 1)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 30))).isEqualTo(5);
    }
}
