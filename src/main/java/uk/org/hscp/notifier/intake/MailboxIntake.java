package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.dispatch.BounceHandler;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.intake.EmailJournal.NewEmail;
import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.LogContext;

/**
 * Takes one e-mail from a mailbox: journals it whole (committed before anything else), screens it, and
 * says which folder it goes to and whether its forms are to be read. Reading the same copy again (after a
 * crash between the journal commit and the folder move) changes nothing. A quarantined e-mail that staff
 * released is screened again from its journaled bytes by {@link #reprocess}.
 */
@Service
public class MailboxIntake {

    private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

    /** Where the e-mail goes: it stays in the INBOX while its outcome is PENDING (its forms are being read). */
    public enum Folder {
        PROCESSED, QUARANTINE, INBOX;

        public static Folder of(IntakeOutcome outcome) {
            return switch (outcome) {
                case PENDING -> INBOX;
                case QUARANTINED -> QUARANTINE;
                default -> PROCESSED;
            };
        }
    }

    /** @param readForms the e-mail's id is to go on the intake queue for its forms to be read */
    public record Receipt(long emailId, IntakeOutcome outcome, Folder folder, boolean readForms) {
    }

    /** A released e-mail passed screening: its id goes on the intake queue once the transaction commits. */
    public record FormsToRead(long emailId) {
    }

    private final EmailJournal journal;
    private final EmailParser parser;
    private final Screening screening;
    private final IntakeNotices intakeNotices;
    private final BounceHandler bounces;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JournalFailures failures;
    private final Notices notices;
    private final int journalAttempts;
    private final Duration requeuePendingAfter;

    MailboxIntake(EmailJournal journal, EmailParser parser, Screening screening, IntakeNotices intakeNotices,
            BounceHandler bounces, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            JournalFailures failures, Notices notices, IntakeProperties properties,
            @Value("${hscp.intake.journal-attempts:3}") int journalAttempts) {
        this.failures = failures;
        this.notices = notices;
        this.journalAttempts = Math.max(1, journalAttempts);
        this.requeuePendingAfter = properties.requeuePendingAfter();
        this.journal = journal;
        this.parser = parser;
        this.screening = screening;
        this.intakeNotices = intakeNotices;
        this.bounces = bounces;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public Receipt receive(RawEmail raw) {
        return take(raw, null);
    }

    /**
     * Takes an e-mail too large to fetch: {@code headers} holds its header block only (the rest stays in the
     * mailbox). An unknown sender is quarantined as such; anyone else's e-mail is EMAIL_TOO_LARGE.
     */
    public Receipt receiveTooLarge(RawEmail headers, long size, long limit) {
        return take(headers, Verdict.quarantined(QuarantineReason.EMAIL_TOO_LARGE, "The e-mail is "
                + Screening.mebibytes(size) + " MiB; the limit is " + Screening.mebibytes(limit) + " MiB. Only its"
                + " headers are kept here; the whole e-mail is in the mailbox's Quarantine folder."));
    }

    /**
     * An e-mail whose journaling failed at this poll. Counted (in the database, per copy); before the last
     * allowed attempt the failure is thrown on, and the e-mail stays in the inbox for the next poll. At the last,
     * the e-mail is journaled in the plainest form the database takes (its bytes, no header text) and
     * quarantined as UNREADABLE_EMAIL, or, should even that fail, only moved to Quarantine; the team is alerted
     * either way.
     */
    public Receipt journalingFailed(RawEmail raw, RuntimeException failure) {
        int attempts;
        try {
            attempts = failures.failed(raw.mailbox(), raw.sourceKey(), failure.getClass().getSimpleName(),
                    clock.instant());
        } catch (RuntimeException countingFailed) {
            failure.addSuppressed(countingFailed);
            throw failure; // the database is away: the e-mail waits in the inbox
        }
        if (attempts < journalAttempts) {
            log.warn("E-mail {} in mailbox {} could not be journaled (attempt {} of {}): {}", raw.sourceKey(),
                    raw.mailbox(), attempts, journalAttempts, failure.getClass().getSimpleName());
            throw failure;
        }
        String why = "The e-mail could not be journaled at " + attempts + " polls (" + failure.getClass().getSimpleName()
                + "); it was moved to the mailbox's Quarantine folder.";
        try {
            RawEmail plainest = new RawEmail(cut(raw.mailbox(), 100), cut(raw.sourceKey(), 200), raw.bytes(),
                    raw.receivedAt());
            long id = journal.record(new NewEmail(plainest, "sha256:" + Hashes.sha256Hex(raw.bytes()), null, null,
                    clock.instant(), List.of()));
            Verdict verdict = Verdict.quarantined(QuarantineReason.UNREADABLE_EMAIL,
                    why + " Its bytes are kept here whole; its headers were not stored as text.");
            transaction.executeWithoutResult(status -> {
                journal.decide(id, IntakeOutcome.PENDING, verdict, clock.instant());
                intakeNotices.tell(id, verdict, List.of());
            });
            failures.gaveUp(raw.mailbox(), raw.sourceKey(), id, clock.instant());
            log.error("E-mail {} from mailbox {}: QUARANTINED UNREADABLE_EMAIL after {} failed attempts to journal it",
                    id, raw.mailbox(), attempts);
            return new Receipt(id, IntakeOutcome.QUARANTINED, Folder.QUARANTINE, false);
        } catch (RuntimeException stillFailing) {
            try {
                transaction.executeWithoutResult(status -> notices.request(new NoticeRequest(NoticeKind.INTAKE_ALERT,
                        null, null, null, null, List.of("Reason: " + QuarantineReason.UNREADABLE_EMAIL, why,
                                "It is not in the journal: look for it in the mailbox's Quarantine folder."))));
                failures.gaveUp(raw.mailbox(), raw.sourceKey(), null, clock.instant());
            } catch (RuntimeException alertFailed) {
                log.error("The alert about e-mail {} of mailbox {} could not be written", raw.sourceKey(), raw.mailbox(),
                        alertFailed);
            }
            log.error("E-mail {} from mailbox {} could not be journaled after {} attempts; moved to Quarantine",
                    raw.sourceKey(), raw.mailbox(), attempts);
            return new Receipt(-1, IntakeOutcome.QUARANTINED, Folder.QUARANTINE, false);
        }
    }

    private Receipt take(RawEmail raw, Verdict tooLarge) {
        var known = journal.findBySource(raw.mailbox(), raw.sourceKey());
        if (known.isPresent()) {
            return readAgain(known.get());
        }
        // the headers first: the sender is screened before any file it sent is decoded
        InboundEmail envelope = parseOrNull(raw.bytes(), false);
        InboundEmail email = envelope != null && tooLarge == null && screening.needsAttachments(envelope)
                ? parseOrNull(raw.bytes(), true) : envelope;
        StorableText.Cleaned messageId = StorableText.clean(
                email != null ? email.messageId() : "sha256:" + Hashes.sha256Hex(raw.bytes()));
        StorableText.Cleaned sender = StorableText.clean(email == null ? null : email.fromAddress());
        StorableText.Cleaned subject = StorableText.clean(email == null ? null : email.subject());
        LogContext.put(LogContext.MESSAGE_ID, messageId.text());
        long id;
        try {
            id = journal.record(new NewEmail(raw, messageId.text(), sender.text(), subject.text(), clock.instant(),
                    email == null ? List.of() : email.attachments().stream().map(Attachment::sha256).toList()));
        } catch (EmailJournal.AlreadyJournaled race) {
            // a peer (another instance, or this one's previous poll) journaled this copy first: it is the peer's
            return readAgain(journal.findBySource(raw.mailbox(), raw.sourceKey()).orElseThrow());
        }
        LogContext.put(LogContext.JOURNAL_ID, id);
        boolean storable = !(messageId.changed() || sender.changed() || subject.changed());
        if (email != null && storable && tooLarge == null) {
            // bounces of the service's own e-mails, copies of its notices, auto-replies: never screened as forms
            Optional<String> own = transaction.execute(status -> {
                Optional<String> formType = bounces.handle(id, raw.bytes(), email.deliveryStatusReport());
                formType.ifPresent(type -> journal.accept(id, type, null, clock.instant()));
                return formType;
            });
            if (own != null && own.isPresent()) {
                log.info("E-mail {} from mailbox {}: ACCEPTED as {}", id, raw.mailbox(), own.get());
                return receiptFor(id, IntakeOutcome.ACCEPTED);
            }
        }
        Verdict verdict;
        if (!storable) {
            verdict = Verdict.quarantined(QuarantineReason.UNREADABLE_EMAIL, "Its " + unstorable(messageId, sender,
                    subject) + " held characters that cannot be stored as text (such as NUL); they are shown as \u2018\uFFFD\u2019"
                    + " here, and the e-mail is kept whole as it arrived.");
        } else if (tooLarge != null && email != null && !screening.needsAttachments(email)) {
            verdict = screen(id, email, messageId.text(), false);
        } else if (tooLarge != null) {
            verdict = tooLarge;
        } else {
            verdict = screen(id, email, messageId.text(), false);
        }
        transaction.executeWithoutResult(status -> {
            if (journal.decide(id, IntakeOutcome.PENDING, verdict, clock.instant())) {
                intakeNotices.tell(id, verdict, List.of());
            }
        });
        log.info("E-mail {} from mailbox {}: {} {}", id, raw.mailbox(), verdict.outcome(),
                verdict.reason() == null ? "" : verdict.reason());
        return receiptFor(id, verdict.outcome());
    }

    private static String cut(String s, int max) {
        String clean = StorableText.clean(s).text();
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max);
    }

    private static String unstorable(StorableText.Cleaned messageId, StorableText.Cleaned sender,
            StorableText.Cleaned subject) {
        List<String> parts = new java.util.ArrayList<>();
        if (messageId.changed()) {
            parts.add("Message-ID");
        }
        if (sender.changed()) {
            parts.add("From");
        }
        if (subject.changed()) {
            parts.add("Subject");
        }
        return String.join(" and ", parts);
    }

    /** What becomes of a copy the journal holds already (empty: a new copy, to be fetched and received). */
    public Optional<Receipt> readAgain(String mailbox, String sourceKey) {
        return journal.findBySource(mailbox, sourceKey).map(this::readAgain);
    }

    /**
     * The copy was journaled before: by a peer that is reading its forms now, or by this service before a crash.
     * Its id goes on the intake queue again only when it is still PENDING long after it was journaled (its queue
     * message was lost): a peer's PENDING e-mail is the peer's.
     */
    private Receipt readAgain(EmailJournal.Entry entry) {
        boolean lost = entry.outcome() == IntakeOutcome.PENDING && journal.journaledAt(entry.id())
                .map(at -> at.plus(requeuePendingAfter).isBefore(clock.instant())).orElse(true);
        if (lost) {
            log.warn("E-mail {} from mailbox {} is still PENDING {} after it was journaled; queued again", entry.id(),
                    entry.mailbox(), requeuePendingAfter);
        } else {
            log.debug("E-mail {} was read again from mailbox {}; already journaled", entry.id(), entry.mailbox());
        }
        return new Receipt(entry.id(), entry.outcome(), Folder.of(entry.outcome()), lost);
    }

    /**
     * Screens a released e-mail again from its journaled bytes, exactly as a new e-mail is screened: it is
     * quarantined again (with the new reason, waiting for a new review), or its id is handed on for its forms
     * to be read once this transaction commits. Idempotent: an e-mail that is not released, or was decided
     * since, is left as it is; one still waiting for its forms is handed on again (reading is idempotent too).
     *
     * @return the e-mail's outcome now
     */
    public IntakeOutcome reprocess(long emailId) {
        return transaction.execute(status -> {
            EmailJournal.Entry entry = journal.find(emailId)
                    .orElseThrow(() -> new IllegalArgumentException("No e-mail " + emailId + " in the journal"));
            if (entry.reviewStatus() != EmailJournal.ReviewStatus.RELEASED) {
                return entry.outcome();
            }
            IntakeOutcome outcome = entry.outcome();
            if (outcome == IntakeOutcome.QUARANTINED) {
                // released by the HSCP team: they vouch for the sender (the gateway's word is not asked again)
                Verdict verdict = screen(emailId, parseOrNull(journal.raw(emailId), true), entry.messageId(), true);
                if (!journal.decide(emailId, IntakeOutcome.QUARANTINED, verdict, clock.instant())) {
                    return journal.find(emailId).orElseThrow().outcome(); // screened again by another request
                }
                intakeNotices.tell(emailId, verdict, List.of());
                log.info("E-mail {} released and screened again: {} {}", emailId, verdict.outcome(),
                        verdict.reason() == null ? "" : verdict.reason());
                outcome = verdict.outcome();
            }
            if (outcome == IntakeOutcome.PENDING) {
                events.publishEvent(new FormsToRead(emailId));
            }
            return outcome;
        });
    }

    private Verdict screen(long id, InboundEmail email, String messageId, boolean released) {
        return email == null
                ? Verdict.quarantined(QuarantineReason.UNREADABLE_EMAIL, "The e-mail could not be read as MIME.")
                : screening.screen(email, journal.findEarlierWithMessageId(messageId, id), released);
    }

    private InboundEmail parseOrNull(byte[] bytes, boolean decodeFiles) {
        try {
            return decodeFiles ? parser.parse(bytes) : parser.parseHeaders(bytes);
        } catch (UnreadableEmailException e) {
            return null;
        }
    }

    private static Receipt receiptFor(long id, IntakeOutcome outcome) {
        return new Receipt(id, outcome, Folder.of(outcome), outcome == IntakeOutcome.PENDING);
    }
}
