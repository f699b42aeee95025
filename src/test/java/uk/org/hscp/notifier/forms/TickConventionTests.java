package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.forms.DocxFixture.contentControlBox;
import static uk.org.hscp.notifier.forms.DocxFixture.legacyBox;
import static uk.org.hscp.notifier.forms.DocxFixture.p;
import static uk.org.hscp.notifier.forms.DocxFixture.para;
import static uk.org.hscp.notifier.forms.DocxFixture.r;
import static uk.org.hscp.notifier.forms.DocxFixture.struck;
import static uk.org.hscp.notifier.forms.DocxFixture.sym;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way agencies tick a box in Word, read from .docx files made here. */
class TickConventionTests {

    static Stream<Arguments> boxes() {
        return Stream.of(
                Arguments.of("ballot box with X glyph", para("\u2612"), true),
                Arguments.of("empty ballot box glyph", para("\u2610"), false),
                Arguments.of("ballot box with check glyph", para("\u2611"), true),
                Arguments.of("capital X", para("X"), true),
                Arguments.of("small x", para("x"), true),
                Arguments.of("check mark", para("\u2713"), true),
                Arguments.of("heavy check mark", para("\u2714"), true),
                Arguments.of("the word Yes", para("Yes"), true),
                Arguments.of("empty cell", "", false),
                Arguments.of("the word No", para("No"), false),
                Arguments.of("struck-through X", p(struck("X")), false),
                Arguments.of("content control ticked (showing an empty box)", p(contentControlBox(true, "\u2610")), true),
                Arguments.of("content control not ticked (showing a ticked box)",
                        p(contentControlBox(false, "\u2612")), false),
                Arguments.of("legacy check box with w:checked", p(legacyBox("<w:checked/>", "0")), true),
                Arguments.of("legacy check box with w:checked val 1", p(legacyBox("<w:checked w:val=\"1\"/>", "0")),
                        true),
                Arguments.of("legacy check box ticked by default", p(legacyBox("", "1")), true),
                Arguments.of("legacy check box unticked over a ticked default",
                        p(legacyBox("<w:checked w:val=\"0\"/>", "1")), false),
                Arguments.of("legacy check box not ticked", p(legacyBox("", "0")), false),
                Arguments.of("Wingdings ticked box symbol", p(sym("Wingdings", "F0FE")), true),
                Arguments.of("Wingdings empty box symbol", p(sym("Wingdings", "F0A8")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boxes")
    void tickConventionIsReadFromTheBoxCell(String convention, String boxCell, boolean ticked) {
        ReferralForm form = FormReading.referral(ReferralFixture.valid().box("Police", boxCell));

        assertThat(form.agenciesInvolved().contains(InvolvedAgency.POLICE)).as(convention).isEqualTo(ticked);
        assertThat(form.agenciesInvolved()).as("no other agency").isSubsetOf(InvolvedAgency.POLICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boxes")
    void tickConventionPicksTheAnswerToAQuestion(String convention, String boxCell, boolean ticked) {
        ReferralForm form = FormReading.referral(ReferralFixture.valid()
                .answer("Is the child subject to a child protection plan?", "Previously", boxCell));

        assertThat(form.childProtectionPlan()).as(convention)
                .isEqualTo(ticked ? ChildProtectionPlanAnswer.PREVIOUSLY : null);
    }

    @Test
    void twoAnswersTickedForOneQuestionIsAProblemAndNoAnswer() {
        ReadResult.Read read = FormReading.read(ReferralFixture.valid()
                .answer("Has there been a conviction?", "Yes", para("X"))
                .answer("Has there been a conviction?", "No", para("X"))
                .toDocx());

        assertThat(((ReferralForm) read.form()).conviction()).isNull();
        assertThat(read.problems()).containsExactly(new FormProblem("Has there been a conviction?",
                "has more than one answer ticked", "Tick only one answer"));
    }

    @Test
    void otherCharacteristicIsTickedAndItsTextKept() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid()
                .relabel("Other- Please specify", "Other- Please specify: Young carer")
                .box("Other- Please specify", para("\u2612")));

        assertThat(form.characteristics()).containsExactly(CaseCharacteristic.OTHER);
        assertThat(form.otherCharacteristic()).isEqualTo("Young carer");
    }

    @Test
    void otherCharacteristicTextMayBeWrittenInTheBoxCell() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid()
                .box("Other- Please specify", p(r("X Online grooming"))));

        assertThat(form.characteristics()).containsExactly(CaseCharacteristic.OTHER);
        assertThat(form.otherCharacteristic()).isEqualTo("Online grooming");
    }

    @Test
    void nothingTickedGivesEmptySets() {
        ReferralForm form = FormReading.referral(ReferralFixture.valid());

        assertThat(form.agenciesInvolved()).isEmpty();
        assertThat(form.reasons()).isEmpty();
        assertThat(form.characteristics()).isEmpty();
        assertThat(form.referralPurposes()).containsExactly(ReferralPurpose.RAPID_REVIEW);
    }
}
