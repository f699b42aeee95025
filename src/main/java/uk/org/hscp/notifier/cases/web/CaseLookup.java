package uk.org.hscp.notifier.cases.web;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseFiles;
import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.security.AuditedRefusal;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * The case (or form) a page or an API call is about: not found when there is none; when the user may not read it,
 * an audited refusal and 403 (Spring Security answers the AccessDeniedException as it answers its own path rules).
 * Pages and the API ask the same questions here, so they refuse the same things.
 */
@Component
class CaseLookup {

    private final Cases cases;
    private final CaseAccess access;
    private final CaseFiles files;
    private final AuditTrail audit;

    CaseLookup(Cases cases, CaseAccess access, CaseFiles files, AuditTrail audit) {
        this.cases = cases;
        this.access = access;
        this.files = files;
        this.audit = audit;
    }

    /** For pages: no such case is the 404 page. */
    CaseSummary readable(String reference, Authentication user, String page) {
        return readable(reference, user, page, PageNotFound::new);
    }

    CaseSummary readable(String reference, Authentication user, String what,
            Supplier<? extends RuntimeException> notFound) {
        CaseSummary found = CaseReference.parse(reference).flatMap(cases::findByReference).orElseThrow(notFound);
        if (!access.canRead(user, found.id())) {
            audit.record(user, AuditTrail.Action.DENIED, found.reference().value(), ClientAddress.withOrigin(what));
            throw new AuditedRefusal("Not a case the user's agency needs to know about");
        }
        return found;
    }

    /** A form of a readable case, if it is one the user may read (a LIG member: its own agency's only). */
    CaseFiles.FormWithJson readableForm(CaseSummary found, long formId, Authentication user, String what,
            Supplier<? extends RuntimeException> notFound) {
        CaseFiles.FormWithJson form = files.form(found.id(), formId).orElseThrow(notFound);
        if (!access.canReadForm(user, found.id(), form.form().emailSender())) {
            audit.record(user, AuditTrail.Action.DENIED, found.reference().value(), ClientAddress.withOrigin(what));
            throw new AuditedRefusal("Another agency's form");
        }
        return form;
    }
}
