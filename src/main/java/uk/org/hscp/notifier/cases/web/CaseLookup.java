package uk.org.hscp.notifier.cases.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;

/**
 * The case a page is about: the 404 page when there is none; when the user may not read it, an audited refusal
 * and the 403 page (Spring Security answers the AccessDeniedException as it answers its own path rules).
 */
@Component
class CaseLookup {

    private final Cases cases;
    private final CaseAccess access;
    private final AuditTrail audit;

    CaseLookup(Cases cases, CaseAccess access, AuditTrail audit) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    CaseSummary readable(String reference, Authentication user, String page) {
        CaseSummary found = CaseReference.parse(reference).flatMap(cases::findByReference)
                .orElseThrow(PageNotFound::new);
        if (!access.canRead(user, found.id())) {
            audit.record(user, AuditTrail.Action.DENIED, found.reference().value(), page);
            throw new AccessDeniedException("Not a case the user's agency was asked about");
        }
        return found;
    }
}
