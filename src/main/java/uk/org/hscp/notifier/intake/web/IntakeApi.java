package uk.org.hscp.notifier.intake.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.audit.ClientAddress;

/** Every e-mail received, newest first: the HSCP team only (subjects may carry a child's name); audited. */
@RestController
class IntakeApi {

    static final int MAX_SIZE = 1000;

    record IntakeEntry(long id, String messageId, Instant receivedAt, String from, String subject, String mailbox,
            IntakeOutcome outcome, String reason, String detail, String formType, String caseReference,
            Instant decidedAt) {
    }

    private final EmailJournal journal;
    private final AuditTrail audit;

    IntakeApi(EmailJournal journal, AuditTrail audit) {
        this.journal = journal;
        this.audit = audit;
    }

    @GetMapping("/api/intake")
    List<IntakeEntry> intake(@RequestParam Optional<IntakeOutcome> outcome,
            @RequestParam(defaultValue = "100") int size, Authentication user) {
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE);
        }
        var entries = journal.newestFirst(outcome, size);
        audit.record(user, AuditTrail.Action.VIEW_INTAKE, null, ClientAddress.withOrigin(entries.size() + " e-mails"
                + outcome.map(o -> ", outcome " + o).orElse("")));
        return entries.stream()
                .map(e -> new IntakeEntry(e.id(), e.messageId(), e.receivedAt(), e.sender(), e.subject(), e.mailbox(),
                        e.outcome(), e.reason() == null ? null : e.reason().name(), e.detail(), e.formType(),
                        e.caseReference(), e.decidedAt()))
                .toList();
    }
}
