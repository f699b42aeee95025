package uk.org.hscp.notifier.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a form is complete and plausible enough for the service to act on. Problems name the field by its
 * label as printed on the form and say, in plain words, what to do.
 *
 * <p>Referral (Appendix B), as the issue asks:
 * <ul>
 *   <li>required: Child's First Name, Child's Last Name, D.O.B, Date of referral, Name of referrer, Agency,
 *       and at least one box under "This case is being referred";</li>
 *   <li>no date in the future: Date of referral, D.O.B, D.O.D, and the parents'/carers' and siblings' DOBs;</li>
 *   <li>D.O.D not before D.O.B;</li>
 *   <li>an NHS Number, when given, has ten digits and the right modulus-11 check digit (an absent one is
 *       fine).</li>
 * </ul>
 *
 * <p>Referral Response (Appendix C), chosen as the least the service needs to file it against a case and
 * know who sent it: the subject child's name or a case reference; Name of person completing report;
 * Organisation.
 *
 * <p>Rapid Review (Appendix D), chosen likewise: a case reference or the child's pseudonym; Date of Rapid
 * Review (the timescales run from it); and none of its dates in the future, since the form is sent once
 * signed off.
 */
public final class FormValidator {

    private FormValidator() {
    }

    public static List<FormProblem> validate(Form form, LocalDate today) {
        List<FormProblem> problems = new ArrayList<>();
        if (form instanceof ReferralForm referral) {
            referral(referral, today, problems);
        } else if (form instanceof ReferralResponseForm response) {
            response(response, problems);
        } else if (form instanceof RapidReviewForm review) {
            rapidReview(review, today, problems);
        }
        return List.copyOf(problems);
    }

    private static void referral(ReferralForm form, LocalDate today, List<FormProblem> problems) {
        ReferralForm.Child child = form.child();
        required(problems, child.firstName(), "Child's First Name", "Enter the child's first name");
        required(problems, child.lastName(), "Child's Last Name", "Enter the child's last name");
        required(problems, child.dateOfBirth(), "D.O.B", "Enter the child's date of birth");
        required(problems, form.referral().date(), "Date of referral", "Enter the date of the referral");
        required(problems, form.referral().referrerName(), "Name of referrer",
                "Enter the name of the person making the referral");
        required(problems, form.referral().agency(), "Agency", "Enter the referrer's agency");
        if (form.referralPurposes().isEmpty()) {
            problems.add(new FormProblem("This case is being referred", "has no box ticked",
                    "Tick at least one box to say why the case is being referred"));
        }
        notFuture(problems, form.referral().date(), today, "Date of referral", "Check the date of the referral");
        notFuture(problems, child.dateOfBirth(), today, "D.O.B", "Check the child's date of birth");
        notFuture(problems, child.dateOfDeath(), today, "D.O.D (if applicable)", "Check the child's date of death");
        if (child.dateOfBirth() != null && child.dateOfDeath() != null
                && child.dateOfDeath().isBefore(child.dateOfBirth())) {
            problems.add(new FormProblem("D.O.D (if applicable)", "is before the child's date of birth (D.O.B)",
                    "Check the child's dates of birth and death"));
        }
        familyNotFuture(problems, form.parentsCarers(), today, "Parents'/Carers' DOB",
                "Check the parents' and carers' dates of birth");
        familyNotFuture(problems, form.siblings(), today, "Siblings DOB", "Check the siblings' dates of birth");
        String nhs = child.nhsNumber();
        if (nhs != null && !NhsNumbers.isValid(nhs)) {
            problems.add(new FormProblem("NHS Number",
                    nhs.length() == 10 ? "is not a valid NHS number (its check digit is wrong)"
                            : "does not have ten digits",
                    "Check the child's NHS number, or leave it empty if it is not known"));
        }
    }

    private static void familyNotFuture(List<FormProblem> problems, List<ReferralForm.FamilyMember> members,
            LocalDate today, String field, String action) {
        boolean future = members.stream().anyMatch(m -> m.dateOfBirth() != null && m.dateOfBirth().isAfter(today));
        if (future) {
            problems.add(new FormProblem(field, "has a date in the future", action));
        }
    }

    private static void response(ReferralResponseForm form, List<FormProblem> problems) {
        if (form.subjectChildren().isEmpty() && form.caseReference() == null) {
            problems.add(new FormProblem("Name(s) of the subject child(ren)", "is missing",
                    "Enter the name of each child the response is about"));
        }
        required(problems, form.completedBy(), "Name of person completing report",
                "Enter the name of the person completing the report");
        required(problems, form.organisation(), "Organisation", "Enter the name of your organisation");
    }

    private static void rapidReview(RapidReviewForm form, LocalDate today, List<FormProblem> problems) {
        if (form.caseReference() == null && form.childPseudonym() == null) {
            problems.add(new FormProblem("Case reference", "is missing",
                    "Enter the case reference or the child's pseudonym"));
        }
        RapidReviewForm.Dates dates = form.dates();
        required(problems, dates.rapidReview(), "Date of Rapid Review", "Enter the date of the rapid review");
        notFuture(problems, dates.notificationToHscp(), today, "Date of notification to HSCB", "Check the date");
        notFuture(problems, dates.rapidReview(), today, "Date of Rapid Review", "Check the date");
        notFuture(problems, dates.ligChairSignOff(), today, "Date of sign off by LIG chair", "Check the date");
        notFuture(problems, dates.hscpChairSignOff(), today, "Date of sign off by HSCB chair", "Check the date");
        notFuture(problems, dates.submissionToNationalPanel(), today, "Date of submission to the National Panel",
                "Check the date");
    }

    private static void required(List<FormProblem> problems, Object value, String field, String action) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FormProblem(field, "is missing", action));
        }
    }

    private static void notFuture(List<FormProblem> problems, LocalDate date, LocalDate today, String field,
            String action) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FormProblem(field, "is in the future", action));
        }
    }
}
