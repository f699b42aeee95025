package uk.org.hscp.notifier.intake.web;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.MailboxIntake;

/**
 * Staff decisions on quarantined e-mails, each with its audit entry in the same transaction. A release
 * screens the journaled e-mail again (and reads its forms again if it passes); a discard keeps it in the
 * journal with the reason. The subject of the audit entry is the journal id, never a name or address.
 */
@Service
class QuarantineReview {

    static final int MAX_REASON_LENGTH = 2000;

    private final EmailJournal journal;
    private final MailboxIntake intake;
    private final AuditTrail audit;
    private final Clock clock;

    QuarantineReview(EmailJournal journal, MailboxIntake intake, AuditTrail audit, Clock clock) {
        this.journal = journal;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    /** Releasing again an e-mail still waiting for its forms hands it on again; otherwise a second release is a no-op. */
    @Transactional
    public IntakeOutcome release(long emailId, Authentication user) {
        if (journal.release(emailId, user.getName(), clock.instant())) {
            audit.record(user, Action.RELEASE_EMAIL, subject(emailId), null);
        }
        return intake.reprocess(emailId);
    }

    /** @return false when the e-mail was not waiting for review (reviewed already by someone else) */
    @Transactional
    public boolean discard(long emailId, String reason, Authentication user) {
        boolean discarded = journal.discard(emailId, user.getName(), reason, clock.instant());
        if (discarded) {
            audit.record(user, Action.DISCARD_EMAIL, subject(emailId), reason);
        }
        return discarded;
    }

    static String subject(long emailId) {
        return "email:" + emailId;
    }
}
