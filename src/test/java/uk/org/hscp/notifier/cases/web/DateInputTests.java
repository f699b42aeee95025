package uk.org.hscp.notifier.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.cases.web.DateInput.Part;

class DateInputTests {

    static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    DateInput.Checked check(String day, String month, String year) {
        return new DateInput(day, month, year).check("the date of the decision", EARLIEST, TODAY, true);
    }

    @Test
    void aRealDateIsReadWithSpacesAndLeadingZeros() {
        assertThat(check(" 09", "3 ", "2026").date()).contains(LocalDate.of(2026, 3, 9));
    }

    @Test
    void nothingEnteredAsksForTheDate() {
        var checked = check("", " ", null);
        assertThat(checked.error()).isEqualTo("Enter the date of the decision");
        assertThat(checked.wrongParts()).containsExactlyInAnyOrder(Part.DAY, Part.MONTH, Part.YEAR);
    }

    @Test
    void aMissingPartIsNamedAndHighlightedAlone() {
        assertThat(check("1", "", "2026").error()).isEqualTo("The date of the decision must include a month");
        assertThat(check("1", "", "2026").wrongParts()).containsExactly(Part.MONTH);
        assertThat(check("", "4", "").error()).isEqualTo("The date of the decision must include a day and year");
    }

    @Test
    void anImpossibleOrUnreadableDateMustBeReal() {
        assertThat(check("31", "2", "2026").error()).isEqualTo("The date of the decision must be a real date");
        assertThat(check("1", "13", "2026").error()).isEqualTo("The date of the decision must be a real date");
        assertThat(check("first", "2", "2026").error()).isEqualTo("The date of the decision must be a real date");
        assertThat(check("29", "2", "2024").date()).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theYearHasFourDigits() {
        var checked = check("1", "2", "26");
        assertThat(checked.error()).isEqualTo("Year must include 4 numbers");
        assertThat(checked.wrongParts()).isEqualTo(Set.of(Part.YEAR));
    }

    @Test
    void aDateOutsideTheRangeSaysWhichWay() {
        assertThat(check("24", "11", "2026").error()).isEqualTo("The date of the decision must be today or in the past");
        assertThat(check("23", "11", "2026").date()).contains(TODAY);
        assertThat(check("31", "12", "2017").error()).isEqualTo("The date of the decision must be on or after 1 January 2018");
        assertThat(new DateInput("1", "1", "2031").check("the publication date", EARLIEST, LocalDate.of(2030, 12, 31), false)
                .error()).isEqualTo("The publication date must be on or before 31 December 2030");
    }
}
