package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.forms.DocxFixture.lineBreak;
import static uk.org.hscp.notifier.forms.DocxFixture.p;
import static uk.org.hscp.notifier.forms.DocxFixture.para;
import static uk.org.hscp.notifier.forms.DocxFixture.r;
import static uk.org.hscp.notifier.forms.DocxFixture.struck;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Values of a referral read from .docx files made here: genders, dates, names, multi-paragraph cells. */
class ReferralValuesTests {

    static Stream<Arguments> genders() {
        return Stream.of(
                Arguments.of("the word Male", para("Male"), Gender.MALE),
                Arguments.of("the word Female", para("Female"), Gender.FEMALE),
                Arguments.of("the letter M", para("M"), Gender.MALE),
                Arguments.of("the letter F", para("F"), Gender.FEMALE),
                Arguments.of("lower case", para("female"), Gender.FEMALE),
                Arguments.of("Female struck through", p(r("Male / "), struck("Female")), Gender.MALE),
                Arguments.of("Male struck through", p(struck("Male"), r(" / Female")), Gender.FEMALE),
                Arguments.of("neither struck through (the blank form)", para("Male / Female"), null),
                Arguments.of("empty", "", null),
                Arguments.of("ticked box beside Female", p(r("\u2610 Male \u2612 Female")), Gender.FEMALE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genders")
    void genderIsRead(String convention, String cell, Gender expected) {
        ReferralForm form = FormReading.referral(ReferralFixture.valid().value("Gender", cell));
        assertThat(form.child().gender()).as(convention).isEqualTo(expected);
    }

    @ParameterizedTest(name = "D.O.B \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "14/10/2015      | 2015-10-14",
        "14 October 2015 | 2015-10-14",
        "14.10.15        | 2015-10-14",
        "2015-10-14      | 2015-10-14",
        "14th Oct 2015   | 2015-10-14"
    })
    void dateOfBirthInEachFormatIsRead(String written, LocalDate expected) {
        ReferralForm form = FormReading.referral(ReferralFixture.valid().text("D.O.B", written));
        assertThat(form.childDateOfBirth()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "D.O.D \"{0}\" is no date")
    @CsvSource({"N/A", "n/a", "''"})
    void notApplicableDateOfDeathIsNull(String written) {
        ReadResult.Read read = FormReading.read(ReferralFixture.valid().text("D.O.D (if applicable)", written).toDocx());
        assertThat(((ReferralForm) read.form()).childDateOfDeath()).isNull();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void unreadableDateIsAProblemNamingTheField() {
        ReadResult.Read read = FormReading.read(ReferralFixture.valid().text("Date of referral", "last Tuesday")
                .toDocx());
        assertThat(((ReferralForm) read.form()).referralDate()).isNull();
        assertThat(read.problems()).containsExactly(new FormProblem("Date of referral", "is not a date we can read",
                "Write the date as day, month and year, for example 14/10/2026"));
    }

    @Test
    void addressOverSeveralParagraphsOrLineBreaksIsJoinedWithCommas() {
        ReferralForm paragraphs = FormReading.referral(ReferralFixture.valid()
                .value("Address", para("28 Portchester Crescent") + para("Gosport") + para("PO12 4NU")));
        ReferralForm lineBreaks = FormReading.referral(ReferralFixture.valid()
                .value("Address", p(r("28 Portchester Crescent,"), lineBreak(), r("Gosport"), lineBreak(), r("PO12 4NU"))));

        assertThat(paragraphs.child().address()).isEqualTo("28 Portchester Crescent, Gosport, PO12 4NU");
        assertThat(lineBreaks.child().address()).isEqualTo("28 Portchester Crescent, Gosport, PO12 4NU");
    }

    @Test
    void familyMembersAreReadInOrderWithTheirDatesOfBirth() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid()
                .value("Parents'/Carers'", para("Mother: Shannon Fairbrother (aka Shannon Smith)")
                        + para("Darren Lyndhurst (Stepfather)"))
                .value("Parents'/Carers' DOB", para("24 August 1999") + para("06.08.83"))
                .value("Siblings", para("Kacper Fairbrother") + para("Ruby Fairbrother (Sister)"))
                .value("Siblings DOB", para("18/04/2022") + para("N/A")));

        assertThat(form.parentsCarers()).containsExactly(
                new ReferralForm.FamilyMember("Shannon Fairbrother", List.of("Shannon Smith"), "Mother",
                        LocalDate.of(1999, 8, 24)),
                new ReferralForm.FamilyMember("Darren Lyndhurst", List.of(), "Stepfather", LocalDate.of(1983, 8, 6)));
        assertThat(form.siblings()).containsExactly(
                new ReferralForm.FamilyMember("Kacper Fairbrother", List.of(), null, LocalDate.of(2022, 4, 18)),
                new ReferralForm.FamilyMember("Ruby Fairbrother", List.of(), "Sister", null));
    }

    @CsvSource({"None", "N/A", "''"})
    @ParameterizedTest(name = "siblings \"{0}\" is nobody")
    void noSiblingsIsAnEmptyList(String written) {
        ReferralForm form = FormReading.referral(ReferralFixture.valid().text("Siblings", written));
        assertThat(form.siblings()).isEmpty();
    }

    @Test
    void nhsNumberIsTenDigitsWithoutSpaces() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid().text("NHS Number", "999 550 4928"));
        assertThat(form.child().nhsNumber()).isEqualTo("9995504928");
    }

    @Test
    void multiParagraphFreeTextKeepsItsParagraphs() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid()
                .value("Case Outline", para("First paragraph.") + para("Second   paragraph.")));
        assertThat(form.caseOutline()).isEqualTo("First paragraph.\nSecond paragraph.");
    }

    @Test
    void formTypeComesFromTheContentNotTheFileName() {
        ReadResult.Read read = FormReading.read(ReferralFixture.valid().toDocx());
        assertThat(read.form().formType()).isEqualTo(FormType.LIG_REFERRAL);
        assertThat(read.problems()).isEmpty();
    }
}
