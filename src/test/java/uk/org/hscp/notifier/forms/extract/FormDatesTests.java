package uk.org.hscp.notifier.forms.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormDatesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "14/10/2026      | 2026-10-14",
        "4/3/2026        | 2026-03-04",
        "14 October 2026 | 2026-10-14",
        "14.10.26        | 2026-10-14",
        "2026-10-14      | 2026-10-14",
        "14th Oct 2026   | 2026-10-14",
        "1st Feb 2026    | 2026-02-01",
        "2nd Mar 2020    | 2020-03-02",
        "3rd Sept 2019   | 2019-09-03",
        "21st of June 2008 | 2008-06-21",
        "14-10-2026      | 2026-10-14",
        "14 Oct 26       | 2026-10-14",
        "October 14, 2026 | 2026-10-14",
        "14/10/2026.     | 2026-10-14",
        "29/02/2024      | 2024-02-29"
    })
    void writtenDateIsRead(String written, LocalDate expected) {
        assertThat(FormDates.read(written, TODAY).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "two-digit year in \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "01.01.26 | 2026-01-01",
        "31.12.26 | 2026-12-31",
        "01.01.27 | 1927-01-01",
        "06.08.00 | 2000-08-06",
        "22.07.93 | 1993-07-22",
        "05.10.16 | 2016-10-05"
    })
    void twoDigitYearIsTheMostRecentYearNotInTheFuture(String written, LocalDate expected) {
        assertThat(FormDates.read(written, TODAY).date()).isEqualTo(expected);
    }

    @Test
    void twoDigitYearFollowsTodayNotTheClock() {
        assertThat(FormDates.read("01.01.27", LocalDate.of(2027, 1, 1)).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(FormDates.read("01.01.99", LocalDate.of(2000, 6, 1)).date()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @ValueSource(strings = {"", "  ", "N/A", "n/a", "NA", "-", "Not applicable"})
    void emptyOrNotApplicableIsNoDateAndNoProblem(String written) {
        FormDates.DateValue value = FormDates.read(written, TODAY);
        assertThat(value.date()).isNull();
        assertThat(value.unreadable()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @ValueSource(strings = {"30/02/2026", "31st Jun 2026", "soon", "14/13/2026", "Octember 3 2026", "2026"})
    void somethingElseIsUnreadable(String written) {
        FormDates.DateValue value = FormDates.read(written, TODAY);
        assertThat(value.date()).isNull();
        assertThat(value.unreadable()).isTrue();
    }
}
