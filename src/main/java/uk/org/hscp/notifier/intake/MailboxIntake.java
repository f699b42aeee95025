package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.dispatch.BounceHandler;
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
    private final Duration requeuePendingAfter;

    MailboxIntake(EmailJournal journal, EmailParser parser, Screening screening, IntakeNotices intakeNotices,
            BounceHandler bounces, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            IntakeProperties properties) {
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
        var known = journal.findBySource(raw.mailbox(), raw.sourceKey());
        if (known.isPresent()) {
            return readAgain(known.get());
        }
        InboundEmail email = parseOrNull(raw.bytes());
        String messageId = email != null ? email.messageId() : "sha256:" + Hashes.sha256Hex(raw.bytes());
        LogContext.put(LogContext.MESSAGE_ID, messageId);
        long id;
        try {
            id = journal.record(new NewEmail(raw, messageId, email == null ? null : email.fromAddress(),
                    email == null ? null : email.subject(), clock.instant(),
                    email == null ? List.of() : email.attachments().stream().map(Attachment::sha256).toList()));
        } catch (EmailJournal.AlreadyJournaled race) {
            // a peer (another instance, or this one's previous poll) journaled this copy first: it is the peer's
            return readAgain(journal.findBySource(raw.mailbox(), raw.sourceKey()).orElseThrow());
        }
        LogContext.put(LogContext.JOURNAL_ID, id);
        if (email != null) {
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
        Verdict verdict = screen(id, email, messageId, false);
        transaction.executeWithoutResult(status -> {
            if (journal.decide(id, IntakeOutcome.PENDING, verdict, clock.instant())) {
                intakeNotices.tell(id, verdict, List.of());
            }
        });
        log.info("E-mail {} from mailbox {}: {} {}", id, raw.mailbox(), verdict.outcome(),
                verdict.reason() == null ? "" : verdict.reason());
        return receiptFor(id, verdict.outcome());
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
                Verdict verdict = screen(emailId, parseOrNull(journal.raw(emailId)), entry.messageId(), true);
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

    private InboundEmail parseOrNull(byte[] bytes) {
        try {
            return parser.parse(bytes);
        } catch (UnreadableEmailException e) {
            return null;
        }
    }

    private static Receipt receiptFor(long id, IntakeOutcome outcome) {
        return new Receipt(id, outcome, Folder.of(outcome), outcome == IntakeOutcome.PENDING);
    }
}
