package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.cases.OriginalEmails;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The raw e-mail journal: every e-mail received, kept whole, with the outcome it was given. */
public interface EmailJournal extends OriginalEmails {

    /** What staff decided about a quarantined e-mail. */
    enum ReviewStatus { RELEASED, DISCARDED }

    /**
     * What the journal knows of one e-mail, without its bytes. {@code reviewStatus} is null while a quarantined
     * e-mail waits for staff; the reviewer, time and note of the last review stay when a released e-mail is
     * quarantined again.
     */
    record Entry(long id, String mailbox, String messageId, String sender, String subject, Instant receivedAt,
            long sizeBytes, IntakeOutcome outcome, QuarantineReason reason, String detail, String formType,
            Long caseId, String caseReference, Instant decidedAt, ReviewStatus reviewStatus, String reviewedBy,
            Instant reviewedAt, String reviewNote) {

        /** The same entry naming its case by this reference. */
        public Entry withCaseReference(String reference) {
            return new Entry(id, mailbox, messageId, sender, subject, receivedAt, sizeBytes, outcome, reason, detail,
                    formType, caseId, reference, decidedAt, reviewStatus, reviewedBy, reviewedAt, reviewNote);
        }

        public boolean awaitsReview() {
            return outcome == IntakeOutcome.QUARANTINED && reviewStatus == null;
        }

        @Override
        public String toString() {
            return "EmailJournal.Entry[id=" + id + ", outcome=" + outcome + ", reason=" + reason + "]";
        }
    }

    /**
     * @param journaledAt when this service took it (the mailbox's own date is in {@code raw})
     * @param attachmentSha256s the SHA-256 of each attachment, so that of two e-mails carrying the same form
     *        the one journaled first is read first
     */
    record NewEmail(RawEmail raw, String messageId, String sender, String subject, Instant journaledAt,
            List<String> attachmentSha256s) {

        public NewEmail {
            attachmentSha256s = attachmentSha256s == null ? List.of() : List.copyOf(attachmentSha256s);
        }
    }

    /** Stores the e-mail whole and commits; returns its id. Throws {@link AlreadyJournaled} for a re-read copy. */
    long record(NewEmail email);

    Optional<Entry> findBySource(String mailbox, String sourceKey);

    /** An earlier e-mail, other than {@code exceptId}, with the same Message-ID. */
    Optional<Long> findEarlierWithMessageId(String messageId, long exceptId);

    Optional<Entry> find(long id);

    /**
     * Locks the e-mail's row until the caller's transaction ends (a second reader of the same id waits, then
     * sees the outcome the first gave it) and returns it as it is now.
     */
    Optional<Entry> claim(long id);

    /** E-mails journaled before this one, still PENDING, that carry an attachment with the same bytes; oldest first. */
    List<Long> earlierPendingSharingAnAttachment(long id);

    /** When this service journaled the e-mail. */
    Optional<Instant> journaledAt(long id);

    /**
     * Claims the moving of these copies out of the inbox: of the keys given, those no one claimed since
     * {@code staleBefore} are this caller's to move now (a claim older than that was a poller that died).
     */
    java.util.Set<String> claimMoves(String mailbox, java.util.Collection<String> sourceKeys, Instant now,
            Instant staleBefore);

    /** The outcome of each of these copies of a mailbox that the journal holds (absent keys: not journaled). */
    java.util.Map<String, IntakeOutcome> outcomesBySource(String mailbox, java.util.Collection<String> sourceKeys);

    byte[] raw(long id);

    /**
     * Gives the e-mail its outcome if it still has the outcome {@code from}; a quarantine (again) waits for a
     * review (again). False (nothing changed) when someone else decided it first.
     */
    boolean decide(long id, IntakeOutcome from, Verdict verdict, Instant at);

    /** Accepts a PENDING e-mail; false (nothing changed) when it was decided already. */
    boolean accept(long id, String formType, Long caseId, Instant at);

    List<Entry> newestFirst(Optional<IntakeOutcome> outcome, int size);

    /** Quarantined e-mails waiting for staff ({@code reviewed} false), or those released or discarded, newest first. */
    List<Entry> quarantine(boolean reviewed, int size);

    /** Marks a waiting quarantined e-mail released; false when it was not waiting (reviewed already). */
    boolean release(long id, String reviewer, Instant at);

    /** Marks a waiting quarantined e-mail discarded, with the reason; it stays in the journal. */
    boolean discard(long id, String reviewer, String reason, Instant at);

    final class AlreadyJournaled extends RuntimeException {

        public AlreadyJournaled() {
            super("This copy of the e-mail is already in the journal", null, false, false);
        }
    }
}
