package uk.org.hscp.notifier.cases.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * The cases the user may read, newest first, and a search by reference, pseudonym or child's name. The search
 * is a POST so that a name never sits in a URL (browser history, proxy and server logs); only that a search was
 * made, and how many cases it found, is audited.
 */
@Controller
class CasesPage {

    static final int SHOWN = 50;
    static final int MAX_SEARCH = 200;

    private final Cases cases;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final ZoneId zone;

    CasesPage(Cases cases, CaseAccess access, AuditTrail audit, ZoneId zone) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.zone = zone;
    }

    @GetMapping("/cases")
    String recent(Authentication user, Model model) {
        model.addAttribute("zone", zone);
        model.addAttribute("cases", cases.recent(access.restrictTo(user), SHOWN));
        return "cases/list";
    }

    @PostMapping("/cases/search")
    String search(@RequestParam(defaultValue = "") String text, Authentication user, Model model) {
        if (text.isBlank() || text.strip().length() > MAX_SEARCH) {
            model.addAttribute("searchError", text.isBlank() ? "Enter a case reference, pseudonym or child's name"
                    : "The search must be " + MAX_SEARCH + " characters or fewer");
            return recent(user, model);
        }
        List<CaseSummary> found = cases.search(text, access.restrictTo(user), SHOWN);
        audit.record(user, AuditTrail.Action.SEARCH_CASES, null, ClientAddress.withOrigin(found.size() + " case(s) found"));
        model.addAttribute("zone", zone);
        model.addAttribute("searched", text.strip());
        model.addAttribute("cases", found);
        return "cases/list";
    }
}
