package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.cases.NewCase;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.FormJson;
import uk.org.hscp.notifier.forms.ReadResult;
import uk.org.hscp.notifier.forms.ReferralForm;
import uk.org.hscp.notifier.platform.LogContext;

/**
 * Reads the forms of a journaled e-mail and gives it its final outcome: the forms open or update cases
 * and the sender is acknowledged, or the e-mail is quarantined with every problem listed. Runs in one
 * transaction per e-mail, from the intake queue, after its files are read outside it (on a bounded worker with a
 * time limit, {@link FormWorkers}); a redelivered id whose e-mail was decided is a no-op.
 *
 * <p>Exactly once across consumers and instances: the transaction first locks the e-mail's journal row (a
 * second reader of the same id waits, then finds it decided), every outcome is written only over PENDING,
 * and a form is attached only where no case holds its bytes yet (a unique key). When two e-mails carrying
 * the same form are read at once, the one that loses the attach rolls back whole (no case, no
 * acknowledgement) and is read again at once, finding the form accepted: DUPLICATE.
 */
@Component("formIntake")
public class FormIntake {

    private static final Logger log = LoggerFactory.getLogger(FormIntake.class);

    private final EmailJournal journal;
    private final EmailParser parser;
    private final FormWorkers workers;
    private final TransactionTemplate transaction;
    private final Cases cases;
    private final CaseMatching matching;
    private final IntakeNotices intakeNotices;
    private final CaseEvents caseEvents;
    private final FormSenders formSenders;
    private final DeadlineScheduling scheduling;
    private final Clock clock;

    FormIntake(EmailJournal journal, EmailParser parser, FormWorkers workers, Cases cases, IntakeNotices intakeNotices,
            CaseEvents caseEvents, FormSenders formSenders, DeadlineScheduling scheduling,
            TransactionTemplate transaction, Clock clock) {
        this.journal = journal;
        this.parser = parser;
        this.workers = workers;
        this.transaction = transaction;
        this.cases = cases;
        this.matching = CaseMatching.over(cases);
        this.intakeNotices = intakeNotices;
        this.caseEvents = caseEvents;
        this.formSenders = formSenders;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /** One attachment and what the reader made of it. */
    record FileRead(Attachment file, ReadResult result) {
    }

    /**
     * A valid form and the case it belongs to (null for a referral: it opens one).
     *
     * @param byName the case was found by the child's name alone (no reference): the sender is told nothing of it
     */
    record Placement(Attachment file, Form form, CaseSummary existingCase, boolean byName) {
    }

    /** Attempts after a lost race: the second one finds the winner's form and is a DUPLICATE. */
    private static final int ATTEMPTS = 3;

    public void read(String emailId) {
        try {
            read(Long.parseLong(emailId.strip()), 0);
        } finally {
            LogContext.clear();
        }
    }

    private void read(long id, int depth) {
        // An e-mail journaled earlier that carries one of the same forms and is still waiting goes first, so that
        // the first to arrive is ACCEPTED and the later one is the DUPLICATE, however the consumers interleave.
        // (Its own queue message then finds it decided.) Earlier ones only look further back: no cycle.
        if (depth < 5) {
            for (long earlier : journal.earlierPendingSharingAnAttachment(id)) {
                try {
                    read(earlier, depth + 1);
                } catch (RuntimeException e) {
                    log.warn("E-mail {}: reading the earlier e-mail {} with the same form failed ({}); it is retried"
                            + " from its own queue message", id, earlier, e.getClass().getSimpleName());
                }
            }
        }
        Optional<Prepared> prepared = prepare(id);
        if (prepared.isEmpty()) {
            return; // redelivered after it was decided
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> readOnce(id, prepared.get()));
                return;
            } catch (LostRace | DuplicateKeyException race) {
                if (attempt == ATTEMPTS) {
                    throw race; // the broker redelivers it later
                }
                log.info("E-mail {}: another e-mail took one of its forms first; reading it again", id);
            }
        }
    }

    /** Another transaction decided this e-mail, or took one of its forms, first: this one rolls back whole. */
    static final class LostRace extends RuntimeException {

        LostRace(String message) {
            super(message, null, false, false);
        }
    }

    /** The e-mail and what its files hold, read outside any transaction. */
    private record Prepared(InboundEmail email, List<FileRead> reads) {
    }

    private Optional<Prepared> prepare(long id) {
        var entry = journal.find(id);
        if (entry.isEmpty() || entry.get().outcome() != IntakeOutcome.PENDING) {
            return Optional.empty();
        }
        InboundEmail email;
        try {
            email = parser.parse(journal.raw(id));
        } catch (UnreadableEmailException e) {
            throw new IllegalStateException("E-mail " + id + " can no longer be read as MIME", e);
        }
        List<ReadResult> results = workers.readAll(email.attachments(), LocalDate.now(clock));
        List<FileRead> reads = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            reads.add(new FileRead(email.attachments().get(i), results.get(i)));
        }
        return Optional.of(new Prepared(email, reads));
    }

    private void readOnce(long id, Prepared prepared) {
        LogContext.put(LogContext.JOURNAL_ID, id);
        var entry = journal.claim(id);
        entry.ifPresent(e -> LogContext.put(LogContext.MESSAGE_ID, e.messageId()));
        if (entry.isEmpty() || entry.get().outcome() != IntakeOutcome.PENDING) {
            return; // decided by another reader while the files were read
        }
        decide(id, prepared.email(), prepared.reads());
    }

    private void decide(long id, InboundEmail email, List<FileRead> reads) {
        var entry = journal.find(id);
        if (entry.isEmpty() || entry.get().outcome() != IntakeOutcome.PENDING) {
            return; // decided while the files were read
        }
        Optional<Verdict> problem = FormVerdicts.problemWith(reads);
        if (problem.isPresent()) {
            quarantine(id, problem.get(), FormVerdicts.problemLines(reads));
            return;
        }
        List<FileRead> forms = reads.stream().filter(r -> r.result() instanceof ReadResult.Read).toList();
        List<FileRead> fresh = forms.stream()
                .filter(r -> cases.caseHoldingForm(r.file().sha256()).isEmpty()).toList();
        if (fresh.isEmpty()) {
            decide(id, Verdict.duplicate("Every form in it was accepted before."));
            log.info("E-mail {}: DUPLICATE (its forms were accepted before)", id);
            return;
        }
        // released by the HSCP team after a look: they decided the sender may send it (still, a response meets only
        // its sender's own agency's deadline)
        boolean released = entry.get().reviewStatus() == EmailJournal.ReviewStatus.RELEASED;
        List<Placement> placements = new ArrayList<>();
        for (FileRead read : fresh) {
            Form form = ((ReadResult.Read) read.result()).form();
            Optional<CaseMatching.Match> existing = form instanceof ReferralForm ? Optional.empty()
                    : matching.caseFor(form, email.subject());
            if (!(form instanceof ReferralForm) && existing.isEmpty()) {
                quarantine(id, Verdict.quarantined(QuarantineReason.NO_MATCHING_CASE,
                        "No case matches the reference or the child named on the " + FormVerdicts.label(form) + "."),
                        FormVerdicts.noMatchingCase(form));
                return;
            }
            Optional<String> refusal = released ? Optional.empty() : formSenders.refusal(form.formType(),
                    email.fromAddress(), agency -> existing.isPresent() && scheduling.asked(existing.get().found().id(),
                            CaseEventType.RESPONSE_RECEIVED, agency));
            if (refusal.isPresent()) {
                Verdict verdict = Verdict.quarantined(QuarantineReason.NOT_EXPECTED_FROM_SENDER, refusal.get());
                decide(id, verdict);
                intakeNotices.tell(id, verdict, List.of());
                if (existing.isPresent() && existing.get().byName()) {
                    // found by the child's name alone: the sender hears what a name matching no case would bring,
                    // so the reply does not tell whether the named child has a case
                    intakeNotices.reply(
                            NoticeRequest.aboutEmail(NoticeKind.FORM_QUERY, id, FormVerdicts.noMatchingCase(form)));
                }
                log.info("E-mail {}: QUARANTINED {}", id, verdict.reason());
                return;
            }
            placements.add(new Placement(read.file(), form, existing.map(CaseMatching.Match::found).orElse(null),
                    existing.map(CaseMatching.Match::byName).orElse(false)));
        }
        placements.sort(Comparator.comparing(p -> !(p.form() instanceof ReferralForm))); // referrals first
        CaseSummary first = null;
        for (Placement placement : placements) {
            CaseSummary target = placement.existingCase() != null ? placement.existingCase()
                    : cases.open(newCase((ReferralForm) placement.form()), clock.instant());
            if (!cases.attachForm(target.id(), id, placement.form().formType().name(), placement.file().displayName(),
                    placement.file().sha256(), FormJson.toJson(placement.form()), clock.instant())) {
                throw new LostRace("a form of e-mail " + id + " was attached to a case by another e-mail first");
            }
            intakeNotices.reply(placement.byName()
                    // matched by the child's name alone: acknowledged without the case's reference or pseudonym
                    ? NoticeRequest.aboutEmail(NoticeKind.REFERRAL_ACKNOWLEDGEMENT, id, List.of())
                    : NoticeRequest.aboutCase(NoticeKind.REFERRAL_ACKNOWLEDGEMENT, target.id(), id));
            caseEvents.formAccepted(target.id(), placement.form(), email.fromAddress(), entry.get().receivedAt(),
                    placement.existingCase() == null);
            first = first == null ? target : first;
        }
        if (!journal.accept(id, placements.get(0).form().formType().name(), first.id(), clock.instant())) {
            throw new LostRace("e-mail " + id + " was decided by another reader first");
        }
        LogContext.put(LogContext.CASE_REFERENCE, first.reference());
        log.info("E-mail {}: ACCEPTED, {} form(s), case {}", id, placements.size(), first.reference());
    }

    private void decide(long id, Verdict verdict) {
        if (!journal.decide(id, IntakeOutcome.PENDING, verdict, clock.instant())) {
            throw new LostRace("e-mail " + id + " was decided by another reader first");
        }
    }

    private void quarantine(long id, Verdict verdict, List<String> lines) {
        decide(id, verdict);
        intakeNotices.tell(id, verdict, lines);
        log.info("E-mail {}: QUARANTINED {}", id, verdict.reason());
    }

    private static NewCase newCase(ReferralForm form) {
        return new NewCase(form.childFirstName(), form.childLastName(), form.childDateOfBirth(), form.referrerAgency(),
                form.referrerEmail(), form.referralDate());
    }

}
