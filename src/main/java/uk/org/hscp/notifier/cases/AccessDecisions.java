package uk.org.hscp.notifier.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The HSCP team's grants and revocations of an agency's access to a case (the caller audits them). */
public interface AccessDecisions {

    /** Replaces the agency's decision on the case with this one. */
    void decide(long caseId, String agency, NeedToKnow.TeamDecision decision, String by, Instant at);

    /** The team's decisions for the agency, by case (only {@code caseId} when given). */
    Map<Long, NeedToKnow.TeamDecision> of(String agency, Optional<Long> caseId);
}
