package uk.org.hscp.notifier.cases.web;

import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.ClientAddress;
import uk.org.hscp.notifier.cases.CaseFiles;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.OriginalEmails;

/** The e-mail a form came in, whole, as {@code .eml}: for the case page and the API alike, checked and audited. */
@Component
class FormEmailDownload {

    private final CaseLookup lookup;
    private final CaseFiles files;
    private final OriginalEmails emails;
    private final AuditTrail audit;

    FormEmailDownload(CaseLookup lookup, CaseFiles files, OriginalEmails emails, AuditTrail audit) {
        this.lookup = lookup;
        this.files = files;
        this.emails = emails;
        this.audit = audit;
    }

    ResponseEntity<byte[]> of(CaseSummary found, long formId, Authentication user,
            Supplier<? extends RuntimeException> notFound) {
        lookup.readableForm(found, formId, user, "e-mail of form " + formId, notFound);
        long emailId = files.emailOf(found.id(), formId).orElseThrow(notFound);
        audit.record(user, AuditTrail.Action.DOWNLOAD_EMAIL, found.reference().value(),
                ClientAddress.withOrigin("form " + formId + ", e-mail " + emailId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("email-" + emailId + ".eml").build().toString())
                .body(emails.raw(emailId));
    }
}
