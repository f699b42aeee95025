package uk.org.hscp.notifier.cases;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.deadlines.CaseDeadlines;
import uk.org.hscp.notifier.dispatch.CaseDeliveries;

/**
 * A case's file for the staff pages (identities included: the caller checks {@link CaseAccess} first), gathered
 * from the modules that hold each part: the case and its forms, the e-mails they came in, the events and
 * deadlines, the deliveries.
 */
@Component
public class CaseFiles {

    /** A form and its JSON (the parse contract's; holds identities). */
    public record FormWithJson(CaseFile.ReceivedForm form, String json) {
    }

    private final Cases cases;
    private final OriginalEmails emails;
    private final CaseDeadlines deadlines;
    private final CaseDeliveries deliveries;
    private final ZoneId zone;

    CaseFiles(Cases cases, OriginalEmails emails, CaseDeadlines deadlines, CaseDeliveries deliveries, ZoneId zone) {
        this.cases = cases;
        this.emails = emails;
        this.deadlines = deadlines;
        this.deliveries = deliveries;
        this.zone = zone;
    }

    public CaseFile of(CaseSummary summary) {
        long id = summary.id();
        CaseFile.Child child = cases.child(id).orElseThrow(() -> new IllegalStateException("Case " + id + " is gone"));
        return new CaseFile(summary, child, received(cases.forms(id)), deadlines.events(id), deadlines.deadlines(id),
                deliveries.ofCase(id));
    }

    /** One form of the case with its JSON (the parse contract's), if the case holds a form with this id. */
    public Optional<FormWithJson> form(long caseId, long formId) {
        return cases.form(caseId, formId).map(form -> new FormWithJson(received(List.of(form)).get(0), form.json()));
    }

    /** The journal id of the e-mail that brought a form of the case. */
    public Optional<Long> emailOf(long caseId, long formId) {
        return cases.form(caseId, formId).map(CaseForm::inboundEmailId);
    }

    /**
     * What a LIG member of {@code agency} sees of the file: the child's details, and of the forms, deadlines and
     * events only those of its own agency or of no agency (never another agency's response, request or e-mail);
     * no deliveries. {@code agencyOfSender} maps a form's e-mail sender to its agency.
     */
    public static CaseFile narrowedTo(CaseFile file, String agency,
            java.util.function.Function<String, Optional<String>> agencyOfSender) {
        return new CaseFile(file.summary(), file.child(),
                file.forms().stream().filter(f -> agencyOfSender.apply(f.emailSender()).filter(agency::equals)
                        .isPresent()).toList(),
                file.events().stream().filter(e -> e.agency() == null || e.agency().equals(agency)).toList(),
                file.deadlines().stream().filter(d -> d.agency() == null || d.agency().equals(agency)).toList(),
                List.of());
    }

    /** The forms with the e-mail each came in; a form whose e-mail the journal no longer holds shows none. */
    private List<CaseFile.ReceivedForm> received(List<CaseForm> forms) {
        Map<Long, OriginalEmails.Email> byId = emails.byId(forms.stream().map(CaseForm::inboundEmailId).toList());
        return forms.stream().map(form -> {
            OriginalEmails.Email email = byId.get(form.inboundEmailId());
            return new CaseFile.ReceivedForm(form.id(), form.formType(), form.attachmentName(),
                    form.receivedAt() == null ? null : form.receivedAt().atZone(zone),
                    email == null ? null : email.sender(), email == null ? null : email.subject(),
                    email == null ? null : email.receivedAt());
        }).toList();
    }
}
