package uk.org.hscp.notifier.cases.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseFiles;
import uk.org.hscp.notifier.cases.CaseSummary;

/**
 * One case with the child's details (the only page that shows them), its forms, events, deadlines and
 * deliveries; and one form as it was read. Every view is audited.
 */
@Controller
class CasePage {

    private final CaseLookup lookup;
    private final CaseFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    CasePage(CaseLookup lookup, CaseFiles files, AuditTrail audit, Clock clock) {
        this.lookup = lookup;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}")
    String show(@PathVariable String reference, Authentication user, Model model) {
        CaseSummary found = lookup.readable(reference, user, "case");
        audit.record(user, AuditTrail.Action.VIEW_CASE, found.reference().value(), null);
        var file = files.of(found);
        model.addAttribute("file", file);
        model.addAttribute("timeline", Timeline.of(file.events()));
        model.addAttribute("recordable", List.of(RecordableEvent.values()));
        model.addAttribute("now", clock.instant().atZone(clock.getZone()));
        return "cases/case";
    }

    @GetMapping("/cases/{reference}/forms/{formId}")
    String form(@PathVariable String reference, @PathVariable long formId, Authentication user, Model model) {
        CaseSummary found = lookup.readable(reference, user, "form " + formId);
        var form = files.form(found.id(), formId).orElseThrow(PageNotFound::new);
        audit.record(user, AuditTrail.Action.VIEW_FORM, found.reference().value(), "form " + formId);
        model.addAttribute("summary", found);
        model.addAttribute("form", form.form());
        model.addAttribute("sections", FormFields.sections(form.json()));
        return "cases/form";
    }
}
