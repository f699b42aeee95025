package uk.org.hscp.notifier.reports;

import java.util.Optional;

/**
 * Which column of the annual report's table a referral falls under, from the partners' decision as the case
 * records it (the DECISION_RECORDED event's answers: {@code decision} LOCAL_REVIEW or NO_LOCAL_REVIEW and the
 * Appendix E {@code methodologyLevel}, 1 to 5).
 *
 * <ul>
 * <li>a local review (LOCAL_REVIEW, or LCSPR_DECIDED recorded): LCSPR;</li>
 * <li>no local review, methodology level 1 (single agency or health review), 2 (table top workshop) or 3
 * (partnership review): MAR/Single Agency Review, a review short of an LCSPR;</li>
 * <li>no local review with no level, level 4 or level 5 (a national review is the Panel's, not the
 * partnership's): No further action;</li>
 * <li>no decision recorded yet: Awaiting decision.</li>
 * </ul>
 */
public enum AnnualHeading {
    NO_FURTHER_ACTION("No further action"),
    SINGLE_AGENCY_OR_OTHER_REVIEW("MAR/Single Agency Review"),
    LCSPR("LCSPR"),
    AWAITING_DECISION("Awaiting decision");

    private final String heading;

    AnnualHeading(String heading) {
        this.heading = heading;
    }

    /** The heading as the annual report writes it. */
    public String heading() {
        return heading;
    }

    /**
     * @param decision         the recorded decision (LOCAL_REVIEW, NO_LOCAL_REVIEW), empty when none was recorded
     * @param methodologyLevel the recorded level, "1" to "5", if any
     * @param lcsprDecided     whether LCSPR_DECIDED was recorded for the case
     */
    public static AnnualHeading of(Optional<String> decision, Optional<String> methodologyLevel, boolean lcsprDecided) {
        if (lcsprDecided || decision.filter("LOCAL_REVIEW"::equals).isPresent()) {
            return LCSPR;
        }
        if (decision.isEmpty()) {
            return AWAITING_DECISION;
        }
        return switch (methodologyLevel.map(String::strip).orElse("")) {
            case "1", "2", "3" -> SINGLE_AGENCY_OR_OTHER_REVIEW;
            default -> NO_FURTHER_ACTION;
        };
    }
}
