package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormValidatorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate BORN = LocalDate.of(2015, 10, 14);
    static final LocalDate REFERRED = LocalDate.of(2026, 10, 1);

    static ReferralForm.Child child(String first, String last, LocalDate born, LocalDate died, String nhs) {
        return new ReferralForm.Child(first, last, List.of(), null, born, died, null, nhs, null, null);
    }

    static ReferralForm referral(ReferralForm.Child child, ReferralForm.ReferralDetails details,
            Set<ReferralPurpose> purposes, List<ReferralForm.FamilyMember> parents,
            List<ReferralForm.FamilyMember> siblings) {
        return new ReferralForm(child, parents, siblings, purposes, details, Set.of(), null, null, Set.of(), null,
                Set.of(), null, null, null, null, null, null, null, null);
    }

    static ReferralForm.ReferralDetails details(LocalDate date, String referrer, String agency) {
        return new ReferralForm.ReferralDetails(date, referrer, agency, null, null);
    }

    static ReferralForm valid() {
        return referral(child("Zebedee", "Quartermaine", BORN, null, null), details(REFERRED, "Y R", "Agency"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of());
    }

    static List<String> fields(Form form) {
        return FormValidator.validate(form, TODAY).stream().map(FormProblem::field).toList();
    }

    @Test
    void completeReferralHasNoProblems() {
        assertThat(FormValidator.validate(valid(), TODAY)).isEmpty();
    }

    @Test
    void eachMandatoryReferralFieldIsNamedWhenMissing() {
        ReferralForm empty = referral(child(null, " ", null, null, null), details(null, null, null), Set.of(),
                List.of(), List.of());

        assertThat(FormValidator.validate(empty, TODAY)).containsExactly(
                new FormProblem("Child's First Name", "is missing", "Enter the child's first name"),
                new FormProblem("Child's Last Name", "is missing", "Enter the child's last name"),
                new FormProblem("D.O.B", "is missing", "Enter the child's date of birth"),
                new FormProblem("Date of referral", "is missing", "Enter the date of the referral"),
                new FormProblem("Name of referrer", "is missing", "Enter the name of the person making the referral"),
                new FormProblem("Agency", "is missing", "Enter the referrer's agency"),
                new FormProblem("This case is being referred", "has no box ticked",
                        "Tick at least one box to say why the case is being referred"));
    }

    @Test
    void referralDatedInTheFutureIsAProblemButTodayIsNot() {
        assertThat(fields(referral(child("A", "B", BORN, null, null), details(TODAY.plusDays(1), "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).containsExactly("Date of referral");
        assertThat(fields(referral(child("A", "B", BORN, null, null), details(TODAY, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).isEmpty();
    }

    @Test
    void birthOrDeathInTheFutureIsAProblem() {
        assertThat(fields(referral(child("A", "B", TODAY.plusDays(3), null, null), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).containsExactly("D.O.B");
        assertThat(fields(referral(child("A", "B", BORN, TODAY.plusDays(3), null), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).containsExactly("D.O.D (if applicable)");
    }

    @Test
    void familyDateOfBirthInTheFutureIsAProblem() {
        List<ReferralForm.FamilyMember> siblings = List.of(
                new ReferralForm.FamilyMember("S", List.of(), null, TODAY.plusYears(1)));
        assertThat(fields(referral(child("A", "B", BORN, null, null), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), siblings))).containsExactly("Siblings DOB");
    }

    @Test
    void deathBeforeBirthIsAProblem() {
        ReferralForm form = referral(child("A", "B", BORN, BORN.minusDays(1), null), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of());
        assertThat(FormValidator.validate(form, TODAY)).containsExactly(new FormProblem("D.O.D (if applicable)",
                "is before the child's date of birth (D.O.B)", "Check the child's dates of birth and death"));
    }

    @Test
    void nhsNumberWithAWrongCheckDigitIsAProblemButAnAbsentOneIsNot() {
        assertThat(fields(referral(child("A", "B", BORN, null, "9995504929"), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).containsExactly("NHS Number");
        assertThat(fields(referral(child("A", "B", BORN, null, "99955049"), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).containsExactly("NHS Number");
        assertThat(fields(referral(child("A", "B", BORN, null, "9995504928"), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).isEmpty();
        assertThat(fields(referral(child("A", "B", BORN, null, null), details(REFERRED, "Y", "A"),
                Set.of(ReferralPurpose.RAPID_REVIEW), List.of(), List.of()))).isEmpty();
    }

    @Test
    void responseNeedsAChildOrCaseReferenceAndWhoCompletedItForWhichOrganisation() {
        ReferralResponseForm empty = new ReferralResponseForm(null, List.of(), null, null, null, null, null, null);
        assertThat(fields(empty)).containsExactly("Name(s) of the subject child(ren)",
                "Name of person completing report", "Organisation");

        assertThat(fields(new ReferralResponseForm("HSCP-2026-0001", List.of(), "P", "Org", null, null, null, null)))
                .isEmpty();
        assertThat(fields(new ReferralResponseForm(null, List.of("Kai F"), "P", "Org", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void rapidReviewNeedsAReferenceOrPseudonymAndItsDateWithNoDateInTheFuture() {
        RapidReviewForm.Dates none = new RapidReviewForm.Dates(null, null, null, null, null);
        assertThat(fields(new RapidReviewForm(null, null, none, null, null, null, null, Set.of(), Set.of())))
                .containsExactly("Case reference", "Date of Rapid Review");

        RapidReviewForm.Dates future = new RapidReviewForm.Dates(REFERRED, REFERRED, REFERRED, REFERRED,
                TODAY.plusDays(1));
        assertThat(fields(new RapidReviewForm(null, "Child A", future, true, null, null, null, Set.of(), Set.of())))
                .containsExactly("Date of submission to the National Panel");

        RapidReviewForm.Dates done = new RapidReviewForm.Dates(REFERRED, REFERRED, null, null, null);
        assertThat(fields(new RapidReviewForm("HSCP-2026-0005", null, done, null, null, null, null, Set.of(),
                Set.of()))).isEmpty();
    }
}
