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

        public boolean awaitsReview() {
            return outcome == IntakeOutcome.QUARANTINED && reviewStatus == null;
        }

        @Override
        public String toString() {
            return "EmailJournal.Entry[id=" + id + ", outcome=" + outcome + ", reason=" + reason + "]";
        }
    }

    record NewEmail(RawEmail raw, String messageId, String sender, String subject) {
    }

    /** Stores the e-mail whole and commits; returns its id. Throws {@link AlreadyJournaled} for a re-read copy. */
    long record(NewEmail email);

    Optional<Entry> findBySource(String mailbox, String sourceKey);

    /** An earlier e-mail, other than {@code exceptId}, with the same Message-ID. */
    Optional<Long> findEarlierWithMessageId(String messageId, long exceptId);

    Optional<Entry> find(long id);

    byte[] raw(long id);

    /** Gives the e-mail its outcome; a quarantine (again) waits for a review (again). */
    void decide(long id, Verdict verdict, Instant at);

    void accept(long id, String formType, Long caseId, Instant at);

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
