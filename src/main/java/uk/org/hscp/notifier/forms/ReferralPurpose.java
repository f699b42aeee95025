package uk.org.hscp.notifier.forms;

/** Referral form, section 2 "This case is being referred;". */
public enum ReferralPurpose implements PrintedLabel {
    RAPID_REVIEW("To undertake a Rapid Review"),
    LOCAL_LEARNING_REVIEW("For a Local Learning Review"),
    SINGLE_AGENCY_REVIEW("For a Single Agency Review"),
    CASE_FOR_DISCUSSION("As a case for discussion"),
    POSITIVE_CASE_REVIEW("For a Positive Case Review");

    private final String label;

    ReferralPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
