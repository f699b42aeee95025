package uk.org.hscp.notifier.intake.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.EmailParser;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.UnreadableEmailException;
import uk.org.hscp.notifier.intake.mail.EmailContent;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * The quarantine (HSCP team): e-mails held for staff, one e-mail with its headers, text and attachments, its
 * original .eml, and the release and discard buttons. URLs and titles carry the journal id only.
 */
@Controller
class QuarantinePages {

    static final int LIST_SIZE = 500;

    record AttachmentLine(String name, String type, String size) {
    }

    private final EmailJournal journal;
    private final EmailParser parser;
    private final QuarantineReview review;
    private final AuditTrail audit;
    private final ZoneId zone;

    QuarantinePages(EmailJournal journal, EmailParser parser, QuarantineReview review, AuditTrail audit, ZoneId zone) {
        this.journal = journal;
        this.parser = parser;
        this.review = review;
        this.audit = audit;
        this.zone = zone;
    }

    /** Times on the pages are in the service's zone (London). */
    @ModelAttribute("zone")
    String zone() {
        return zone.getId();
    }

    @GetMapping("/quarantine")
    String list(@RequestParam(defaultValue = "false") boolean reviewed, Authentication user, Model model) {
        var emails = journal.quarantine(reviewed, LIST_SIZE);
        audit.record(user, Action.VIEW_QUARANTINE, null,
                ClientAddress.withOrigin(emails.size() + (reviewed ? " reviewed" : " waiting") + " e-mails listed"));
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("emails", emails);
        return "quarantine/list";
    }

    @GetMapping("/quarantine/{id}")
    String email(@PathVariable long id, Authentication user, Model model) {
        EmailJournal.Entry entry = entry(id);
        audit.record(user, Action.VIEW_EMAIL, QuarantineReview.subject(id), ClientAddress.withOrigin(null));
        byte[] raw = journal.raw(id);
        model.addAttribute("email", entry);
        model.addAttribute("message", EmailContent.of(raw));
        model.addAttribute("attachments", attachments(raw));
        model.addAttribute("maxReasonLength", QuarantineReview.MAX_REASON_LENGTH);
        return "quarantine/email";
    }

    @GetMapping("/quarantine/{id}/email.eml")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication user) {
        entry(id);
        audit.record(user, Action.DOWNLOAD_EMAIL, QuarantineReview.subject(id), ClientAddress.withOrigin(null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("email-" + id + ".eml").build().toString())
                .body(journal.raw(id));
    }

    @PostMapping("/quarantine/{id}/release")
    String release(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        entry(id);
        IntakeOutcome outcome = review.release(id, user);
        redirect.addFlashAttribute("released", outcome);
        return "redirect:/quarantine/" + id;
    }

    @PostMapping("/quarantine/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication user,
            Model model, RedirectAttributes redirect) {
        entry(id);
        String trimmed = reason.strip();
        String error = trimmed.isEmpty() ? "Enter why the e-mail is discarded"
                : trimmed.length() > QuarantineReview.MAX_REASON_LENGTH
                        ? "The reason must be " + QuarantineReview.MAX_REASON_LENGTH + " characters or fewer" : null;
        if (error != null) {
            model.addAttribute("reasonError", error);
            model.addAttribute("reason", reason);
            return email(id, user, model);
        }
        redirect.addFlashAttribute(review.discard(id, trimmed, user) ? "discarded" : "alreadyReviewed", true);
        return "redirect:/quarantine/" + id;
    }

    private EmailJournal.Entry entry(long id) {
        return journal.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<AttachmentLine> attachments(byte[] raw) {
        try {
            return parser.parse(raw).attachments().stream()
                    .map(a -> new AttachmentLine(a.displayName(), a.contentType(), humanSize(a.size())))
                    .toList();
        } catch (UnreadableEmailException e) {
            return List.of();
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
