package uk.org.hscp.notifier.cases.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseFile;
import uk.org.hscp.notifier.cases.CaseFiles;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * A case's forms through the API, with the same rules as the case page: the list of forms the user may read, one
 * form's data (the parse contract's JSON), and the e-mail that brought it (.eml). Every read is audited, every
 * refusal too (403).
 */
@RestController
class CaseFormsApi {

    record FormLine(long id, String formType, String attachmentName, String from, java.time.Instant receivedAt) {
    }

    private final CaseLookup lookup;
    private final CaseFiles files;
    private final CaseAccess access;
    private final FormEmailDownload emailDownload;
    private final AuditTrail audit;
    private final ObjectMapper json;

    CaseFormsApi(CaseLookup lookup, CaseFiles files, CaseAccess access, FormEmailDownload emailDownload, AuditTrail audit,
            ObjectMapper json) {
        this.lookup = lookup;
        this.files = files;
        this.access = access;
        this.emailDownload = emailDownload;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/api/cases/{reference}/forms")
    List<FormLine> forms(@PathVariable String reference, Authentication user) {
        CaseSummary found = lookup.readable(reference, user, "forms", CaseFormsApi::notFound);
        CaseFile file = files.of(found);
        var narrow = access.narrowTo(user);
        if (narrow.isPresent()) {
            file = CaseFiles.narrowedTo(file, narrow.get(), access::agencyOf);
        }
        audit.record(user, AuditTrail.Action.VIEW_CASE, found.reference().value(), ClientAddress.withOrigin("forms"));
        return file.forms().stream().map(f -> new FormLine(f.id(), f.formType(), f.attachmentName(), f.emailSender(),
                f.emailReceivedAt().toInstant())).toList();
    }

    @GetMapping("/api/cases/{reference}/forms/{formId}")
    JsonNode form(@PathVariable String reference, @PathVariable long formId, Authentication user)
            throws JsonProcessingException {
        CaseSummary found = lookup.readable(reference, user, "form " + formId, CaseFormsApi::notFound);
        var form = lookup.readableForm(found, formId, user, "form " + formId, CaseFormsApi::notFound);
        audit.record(user, AuditTrail.Action.VIEW_FORM, found.reference().value(),
                ClientAddress.withOrigin("form " + formId));
        return json.readTree(form.json());
    }

    @GetMapping("/api/cases/{reference}/forms/{formId}/email.eml")
    ResponseEntity<byte[]> email(@PathVariable String reference, @PathVariable long formId, Authentication user) {
        CaseSummary found = lookup.readable(reference, user, "e-mail of form " + formId, CaseFormsApi::notFound);
        return emailDownload.of(found, formId, user, CaseFormsApi::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
