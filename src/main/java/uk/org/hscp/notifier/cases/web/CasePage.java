package uk.org.hscp.notifier.cases.web;

import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseFile;
import uk.org.hscp.notifier.cases.CaseFiles;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.NeedToKnow;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * One case with the child's details (the only page that shows them), its forms, events, deadlines and
 * deliveries; one form as it was read, and the e-mail that brought it (.eml). Every view is audited. A LIG
 * member sees only its own agency's forms, deadlines and events, and no deliveries; the HSCP team also sees
 * which LIG agencies can read the case, and grants or revokes their access.
 */
@Controller
class CasePage {

    /** One LIG agency's access to the case, for the HSCP team. */
    record AgencyAccess(String code, String name, boolean readable, String why) {
    }

    private final CaseLookup lookup;
    private final CaseFiles files;
    private final CaseAccess access;
    private final FormEmailDownload emailDownload;
    private final Recipients recipients;
    private final KnownSenders senders;
    private final AuditTrail audit;
    private final Clock clock;

    CasePage(CaseLookup lookup, CaseFiles files, CaseAccess access, FormEmailDownload emailDownload, Recipients recipients,
            KnownSenders senders, AuditTrail audit, Clock clock) {
        this.lookup = lookup;
        this.files = files;
        this.access = access;
        this.emailDownload = emailDownload;
        this.recipients = recipients;
        this.senders = senders;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}")
    String show(@PathVariable String reference, Authentication user, Model model) {
        CaseSummary found = lookup.readable(reference, user, "case");
        audit.record(user, AuditTrail.Action.VIEW_CASE, found.reference().value(), ClientAddress.withOrigin(null));
        CaseFile file = files.of(found);
        var narrow = access.narrowTo(user);
        if (narrow.isPresent()) {
            file = CaseFiles.narrowedTo(file, narrow.get(), access::agencyOf);
        } else {
            model.addAttribute("agencyAccess", recipients.ligAgencies().stream().map(code -> {
                NeedToKnow.Facts facts = access.facts(found.id(), code);
                return new AgencyAccess(code, senders.nameOf(code), NeedToKnow.mayRead(facts), NeedToKnow.why(facts));
            }).toList());
        }
        model.addAttribute("file", file);
        model.addAttribute("timeline", Timeline.of(file.events()));
        model.addAttribute("recordable", List.of(RecordableEvent.values()));
        model.addAttribute("now", clock.instant().atZone(clock.getZone()));
        return "cases/case";
    }

    @GetMapping("/cases/{reference}/forms/{formId}")
    String form(@PathVariable String reference, @PathVariable long formId, Authentication user, Model model) {
        CaseSummary found = lookup.readable(reference, user, "form " + formId);
        var form = lookup.readableForm(found, formId, user, "form " + formId, PageNotFound::new);
        audit.record(user, AuditTrail.Action.VIEW_FORM, found.reference().value(),
                ClientAddress.withOrigin("form " + formId));
        model.addAttribute("summary", found);
        model.addAttribute("form", form.form());
        model.addAttribute("sections", FormFields.sections(form.json()));
        return "cases/form";
    }

    @GetMapping("/cases/{reference}/forms/{formId}/email.eml")
    ResponseEntity<byte[]> email(@PathVariable String reference, @PathVariable long formId, Authentication user) {
        CaseSummary found = lookup.readable(reference, user, "e-mail of form " + formId);
        return emailDownload.of(found, formId, user, PageNotFound::new);
    }

    /** The HSCP team adds a LIG agency to the case, or takes it away (the path rules allow no one else to POST). */
    @PostMapping("/cases/{reference}/access")
    @PreAuthorize("hasRole('HSCP_TEAM')")
    @Transactional
    String decide(@PathVariable String reference, @RequestParam String agency,
            @RequestParam NeedToKnow.TeamDecision decision, Authentication user, RedirectAttributes redirect) {
        CaseSummary found = lookup.readable(reference, user, "case access");
        if (!recipients.ligAgencies().contains(agency)) {
            throw new PageNotFound();
        }
        access.decide(found.id(), agency, decision, user.getName(), clock.instant());
        audit.record(user, decision == NeedToKnow.TeamDecision.GRANTED ? AuditTrail.Action.GRANT_CASE_ACCESS
                : AuditTrail.Action.REVOKE_CASE_ACCESS, found.reference().value(), ClientAddress.withOrigin(agency));
        redirect.addFlashAttribute("accessChanged", senders.nameOf(agency) + (decision == NeedToKnow.TeamDecision.GRANTED
                ? " can now read this case." : " can no longer read this case."));
        return "redirect:/cases/{reference}";
    }
}
