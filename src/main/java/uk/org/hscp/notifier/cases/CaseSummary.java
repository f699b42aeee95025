package uk.org.hscp.notifier.cases;

import java.time.Instant;

/** A case as anything outside the staff pages may see it: no identities. */
public record CaseSummary(long id, CaseReference reference, String pseudonym, String status, Instant openedAt) {
}
