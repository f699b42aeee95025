package uk.org.hscp.notifier.forms;

/** Rapid review form, section 7 "Recommendation" (one box). */
public enum ReviewRecommendation implements PrintedLabel {
    NO_FURTHER_REVIEW("This case does not meet the criteria of a Serious Case Review or other type of review."),
    NATIONAL_REVIEW("Serious Child Safeguarding Case (national review)"),
    LOCAL_LEARNING_REVIEW("Non Statutory Local Learning Review"),
    PARTNERSHIP_REVIEW("Partnership review"),
    TABLE_TOP_WORKSHOP("Table top workshop"),
    SINGLE_AGENCY_REVIEW("Single agency review/ health review");

    private final String label;

    ReviewRecommendation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
