package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumbersTests {

    @ParameterizedTest
    @ValueSource(strings = {"9995504928", "9997025199", "9990393788", "9434765919"})
    void numberWithTheRightCheckDigitIsValid(String number) {
        assertThat(NhsNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9995504929", "9995504920", "9997025198"})
    void numberWithAWrongCheckDigitIsNotValid(String number) {
        assertThat(NhsNumbers.isValid(number)).isFalse();
    }

    @Test
    void numberWhoseCheckDigitWouldBeTenIsNeverValid() {
        // 9*10 + 9*9 + 9*8 = 243, and 243 mod 11 = 1, so the check digit would be 11 - 1 = 10
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumbers.isValid("999000000" + last)).isFalse();
        }
    }

    @Test
    void checkDigitElevenCountsAsZero() {
        // 4*10 + 0 ... : 40 mod 11 = 7; choose digits summing to a multiple of 11: 1*10 + 1*1? use 0000000110
        // weights 10..2: digit 1 at position 8 (weight 3) and 9 (weight 2) plus 6 at weight 1? -> simply search
        String found = null;
        for (int n = 100000000; n < 100000100 && found == null; n++) {
            String nine = Integer.toString(n);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            if (sum % 11 == 0) {
                found = nine + "0";
            }
        }
        assertThat(found).isNotNull();
        assertThat(NhsNumbers.isValid(found)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999550492", "99955049281", "999 550 4928", "abcdefghij", ""})
    void anythingButTenDigitsIsNotValid(String number) {
        assertThat(NhsNumbers.isValid(number)).isFalse();
    }

    @Test
    void digitsAreTakenFromWhatWasWritten() {
        assertThat(NhsNumbers.digitsOf("999 550 4928")).isEqualTo("9995504928");
        assertThat(NhsNumbers.digitsOf("999-550-4928")).isEqualTo("9995504928");
        assertThat(NhsNumbers.digitsOf("not known")).isNull();
        assertThat(NhsNumbers.digitsOf(null)).isNull();
    }
}
