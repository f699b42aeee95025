package uk.org.hscp.notifier.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CaseReferenceTests {

    @Test
    void numbersReferencesByYearWithFourDigits() {
        assertThat(CaseReference.of(2026, 7).value()).isEqualTo("HSCP-2026-0007");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RE: [HSCP-2026-0005] Summary of involvement request | HSCP-2026-0005",
            "[hscp-2026-0012] Rapid Review - signed off | HSCP-2026-0012",
            "Fwd: case HSCP-2025-0101 and HSCP-2026-0002 | HSCP-2025-0101"})
    void findsTheReferenceInASubject(String subject, String expected) {
        assertThat(CaseReference.findIn(subject)).map(CaseReference::value).hasValue(expected);
    }

    @Test
    void findsNothingInASubjectWithoutAReference() {
        assertThat(CaseReference.findIn("LIG referral")).isEmpty();
        assertThat(CaseReference.findIn("XHSCP-2026-0005")).isEmpty();
    }

    @Test
    void refusesMalformedReferences() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseReference("HSCP-26-7"));
    }

    @ParameterizedTest
    @CsvSource({"1, Child A", "2, Child B", "26, Child Z", "27, Child AA", "52, Child AZ", "53, Child BA", "703, Child AAA"})
    void givesPseudonymsInOrder(int number, String pseudonym) {
        assertThat(Pseudonyms.nth(number)).isEqualTo(pseudonym);
    }
}
