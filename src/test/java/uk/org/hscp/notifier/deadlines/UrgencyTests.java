package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Today page's red, amber and green, counted in working days (Friday 18 December 2026, Christmas ahead). */
class UrgencyTests {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            Map.of(LocalDate.of(2026, 12, 25), "Christmas Day", LocalDate.of(2026, 12, 28), "Boxing Day (substitute)"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 18);

    @ParameterizedTest(name = "due {0}, overdue {1}: {2}")
    @CsvSource({
            "2026-12-17, true,  RED",     // yesterday
            "2026-12-18, true,  RED",     // today, but its moment has passed
            "2026-12-18, false, AMBER",   // today, still open
            "2026-12-22, false, AMBER",   // two working days on (Mon 21, Tue 22)
            "2026-12-23, false, GREEN",   // three
            "2026-12-29, false, GREEN",   // five: Christmas Day and the substitute Boxing Day do not count
            "2026-12-30, false, LATER",   // six
    })
    void urgencyCountsWorkingDaysFromToday(LocalDate due, boolean overdue, Urgency expected) {
        assertThat(Urgency.of(due, overdue, FRIDAY, CALENDAR)).isEqualTo(expected);
    }
}
