package uk.org.hscp.notifier.cases;

import java.time.Instant;

/** A form kept on a case, with the journal id of the e-mail that brought it; {@code json} holds identities. */
public record CaseForm(long id, long caseId, String formType, String attachmentName, Instant receivedAt,
        long inboundEmailId, String json) {

    @Override
    public String toString() {
        return "CaseForm[" + id + ", " + formType + ", case " + caseId + "]";
    }
}
