package uk.org.hscp.notifier.dispatch;

import java.util.Optional;

/** What dispatch asks of a case; the cases module, which owns the case tables, answers. */
public interface CaseReferrers {

    /** The address the referral came from, for a reply when the e-mail answered is not known. */
    Optional<String> referrerEmail(long caseId);
}
