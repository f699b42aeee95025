package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.forms.DocxFixture.para;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each validation rule, met by a referral .docx made here, names the field as printed on the form. */
class ReferralValidationTests {

    static Arguments rule(String name, UnaryOperator<ReferralFixture> change, String field, String problem) {
        return Arguments.of(name, change, field, problem);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("first name left empty", f -> f.text("Child's First Name", ""), "Child's First Name", "is missing"),
                rule("last name left empty", f -> f.text("Child's Last Name", ""), "Child's Last Name", "is missing"),
                rule("date of birth left empty", f -> f.text("D.O.B", ""), "D.O.B", "is missing"),
                rule("date of referral N/A", f -> f.text("Date of referral", "N/A"), "Date of referral", "is missing"),
                rule("referrer left empty", f -> f.text("Name of referrer", ""), "Name of referrer", "is missing"),
                rule("agency left empty", f -> f.text("Agency", ""), "Agency", "is missing"),
                rule("no referral purpose ticked", f -> f.box("To undertake a Rapid Review", para("\u2610")),
                        "This case is being referred", "has no box ticked"),
                rule("referral dated in the future", f -> f.text("Date of referral", "23/11/2026"), "Date of referral",
                        "is in the future"),
                rule("born in the future", f -> f.text("D.O.B", "1st Jan 2027"), "D.O.B", "is in the future"),
                rule("died in the future", f -> f.text("D.O.D (if applicable)", "2026-12-25"), "D.O.D (if applicable)",
                        "is in the future"),
                rule("died before being born", f -> f.text("D.O.D (if applicable)", "13/10/2015"),
                        "D.O.D (if applicable)", "is before the child's date of birth (D.O.B)"),
                rule("NHS number with a wrong check digit", f -> f.text("NHS Number", "999 550 4929"), "NHS Number",
                        "is not a valid NHS number (its check digit is wrong)"),
                rule("NHS number too short", f -> f.text("NHS Number", "999 550 492"), "NHS Number",
                        "does not have ten digits"),
                rule("sibling born in the future", f -> f.text("Siblings", "Ruby Quartermaine")
                        .text("Siblings DOB", "01/01/2027"), "Siblings DOB", "has a date in the future"),
                rule("date of birth that is not a date", f -> f.text("D.O.B", "about 2015"), "D.O.B",
                        "is not a date we can read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsBrokenAndNamed(String name, UnaryOperator<ReferralFixture> change, String field, String problem) {
        ReadResult.Read read = FormReading.read(change.apply(ReferralFixture.valid()).toDocx());

        assertThat(read.problems()).as(name).extracting(FormProblem::field, FormProblem::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, problem));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void ruleIsNotBroken(String name, UnaryOperator<ReferralFixture> change) {
        assertThat(FormReading.read(change.apply(ReferralFixture.valid()).toDocx()).problems()).as(name).isEmpty();
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("no NHS number", (UnaryOperator<ReferralFixture>) f -> f.text("NHS Number", "")),
                Arguments.of("a valid NHS number", (UnaryOperator<ReferralFixture>) f -> f.text("NHS Number",
                        "9995504928")),
                Arguments.of("referral dated today", (UnaryOperator<ReferralFixture>) f -> f.text("Date of referral",
                        "22/11/2026")),
                Arguments.of("two-digit year that would be next year is last century",
                        (UnaryOperator<ReferralFixture>) f -> f.text("Parents'/Carers'", "Mother: Ann Quartermaine")
                                .text("Parents'/Carers' DOB", "01.01.27")),
                Arguments.of("death on the day of birth", (UnaryOperator<ReferralFixture>) f -> f.text(
                        "D.O.D (if applicable)", "14.10.15")));
    }
}
