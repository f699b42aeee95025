package uk.org.hscp.notifier.forms;

import java.util.List;

/**
 * Appendix C, the LIG Referral Response Form (an agency's summary of involvement). {@code caseReference}
 * is the reference printed on the form, or {@code null}.
 */
public record ReferralResponseForm(
        String caseReference,
        List<String> subjectChildren,
        String completedBy,
        String organisation,
        String ligRepresentative,
        Boolean knownToAgency,
        String backgroundSummary,
        String concernsAboutWorkingTogether) implements Form {

    public ReferralResponseForm {
        subjectChildren = Copies.list(subjectChildren);
    }

    @Override
    public FormType formType() {
        return FormType.LIG_REFERRAL_RESPONSE;
    }

    @Override
    public String toString() {
        return "ReferralResponseForm[formType=LIG_REFERRAL_RESPONSE, caseReference=" + caseReference + ", redacted]";
    }
}
