package uk.org.hscp.notifier.forms;

import java.time.LocalDate;
import java.util.Set;

/** Appendix D, the LIG Rapid Review Form, sent by the HSCP team once signed off. */
public record RapidReviewForm(
        String caseReference,
        String childPseudonym,
        Dates dates,
        Boolean meetsRapidReviewCriteria,
        String seriousIncidentNotificationReference,
        ReviewRecommendation recommendation,
        String rationale,
        Set<RapidReviewAgency> agenciesPresent,
        Set<RapidReviewAgency> reportsSubmitted) implements Form {

    public RapidReviewForm {
        dates = dates == null ? Dates.EMPTY : dates;
        agenciesPresent = Copies.enums(agenciesPresent, RapidReviewAgency.class);
        reportsSubmitted = Copies.enums(reportsSubmitted, RapidReviewAgency.class);
    }

    @Override
    public FormType formType() {
        return FormType.RAPID_REVIEW;
    }

    @Override
    public String toString() {
        return "RapidReviewForm[formType=RAPID_REVIEW, caseReference=" + caseReference + ", redacted]";
    }

    /** The dates at the head of the form (the form prints "HSCB"; the contract says HSCP). */
    public record Dates(
            LocalDate notificationToHscp,
            LocalDate rapidReview,
            LocalDate ligChairSignOff,
            LocalDate hscpChairSignOff,
            LocalDate submissionToNationalPanel) {

        static final Dates EMPTY = new Dates(null, null, null, null, null);

        @Override
        public String toString() {
            return "Dates[redacted]";
        }
    }
}
