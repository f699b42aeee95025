package uk.org.hscp.notifier.retention.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.retention.LegalHolds;
import uk.org.hscp.notifier.retention.RecordClass;
import uk.org.hscp.notifier.retention.RetentionPurge;

/**
 * The Retention page (HSCP team): what the daily purge will take over the next 30 days, per class and per case,
 * with a legal hold to place first; and the hold's switch, on this page and on the case page (audited).
 */
@Controller
@PreAuthorize("hasRole('HSCP_TEAM')")
class RetentionPage {

    static final int HORIZON_DAYS = 30;

    private final RetentionPurge purge;
    private final LegalHolds holds;
    private final AuditTrail audit;

    RetentionPage(RetentionPurge purge, LegalHolds holds, AuditTrail audit) {
        this.purge = purge;
        this.holds = holds;
        this.audit = audit;
    }

    @GetMapping("/retention")
    String page(Authentication user, Model model) {
        var preview = purge.preview(HORIZON_DAYS);
        audit.record(user, AuditTrail.Action.VIEW_RETENTION, null, preview.cases().size() + " cases listed");
        model.addAttribute("preview", preview);
        model.addAttribute("classes", List.of(RecordClass.values()));
        model.addAttribute("rules", java.util.Arrays.stream(RecordClass.values())
                .collect(java.util.stream.Collectors.toMap(RecordClass::name, purge::describe)));
        model.addAttribute("days", HORIZON_DAYS);
        return "retention/page";
    }

    @PostMapping("/cases/{reference}/legal-hold")
    String hold(@PathVariable String reference, @RequestParam boolean hold,
            @RequestParam(defaultValue = "case") String back, Authentication user, RedirectAttributes redirect) {
        if (!holds.set(reference, hold, user)) {
            throw new NoSuchCase();
        }
        redirect.addFlashAttribute("holdChanged", hold ? "Legal hold placed on " + reference
                : "Legal hold lifted from " + reference);
        return back.equals("retention") ? "redirect:/retention" : "redirect:/cases/" + reference;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NoSuchCase extends RuntimeException {
        NoSuchCase() {
            super(null, null, false, false);
        }
    }
}
