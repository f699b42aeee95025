package uk.org.hscp.notifier.cases;

import java.util.Optional;

/**
 * Whether a LIG member's agency may read a case: the need to know (plain rule, no framework). The HSCP team
 * reads every case and auditors none; this rule is only about LIG members.
 *
 * <ol>
 * <li>The HSCP team revoked the agency's access to the case: no, whatever else is true.</li>
 * <li>The HSCP team granted it: yes.</li>
 * <li>The agency's summary-of-involvement request for the case is open (not yet answered or cancelled): yes, it
 * needs the child's details to search its own records.</li>
 * <li>The agency answered, and its latest Referral Response Form says the child was known to it ("involved"):
 * yes. Answered "not known", or no answer saying either way: no.</li>
 * <li>Otherwise (never asked, the request met by something else than a form or cancelled): no.</li>
 * </ol>
 */
public final class NeedToKnow {

    /** What the HSCP team decided for one agency on one case, if anything. */
    public enum TeamDecision {
        GRANTED, REVOKED
    }

    /**
     * What is known of one agency and one case.
     *
     * @param summaryRequestOpen the agency's SUMMARY_OF_INVOLVEMENT deadline for the case is OPEN
     * @param answeredInvolved   from the agency's latest Referral Response Form: known to the agency or not;
     *                           empty when it sent none, or its form does not say
     * @param teamDecision       the HSCP team's grant or revocation, if any
     */
    public record Facts(boolean summaryRequestOpen, Optional<Boolean> answeredInvolved,
            Optional<TeamDecision> teamDecision) {
    }

    private NeedToKnow() {
    }

    public static boolean mayRead(Facts facts) {
        if (facts.teamDecision().isPresent()) {
            return facts.teamDecision().get() == TeamDecision.GRANTED;
        }
        return facts.summaryRequestOpen() || facts.answeredInvolved().orElse(false);
    }

    /** Why, in the words of the case page. */
    public static String why(Facts facts) {
        if (facts.teamDecision().isPresent()) {
            return facts.teamDecision().get() == TeamDecision.GRANTED ? "Added by the HSCP team"
                    : "Removed by the HSCP team";
        }
        if (facts.summaryRequestOpen()) {
            return "Summary of involvement requested, not answered yet";
        }
        return facts.answeredInvolved().map(known -> known ? "Answered: involved" : "Answered: not involved")
                .orElse("Not asked, or no answer saying it was involved");
    }
}
