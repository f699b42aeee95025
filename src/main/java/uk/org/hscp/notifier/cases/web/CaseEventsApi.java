package uk.org.hscp.notifier.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseAccess;
import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.deadlines.DeadlineStore;
import uk.org.hscp.notifier.security.AuditedRefusal;
import uk.org.hscp.notifier.audit.ClientAddress;

/** Recording what happened to a case (staff login); each event recomputes the case's deadlines at once. */
@RestController
class CaseEventsApi {

    /**
     * @param date the date the event is about (the awareness date, the planned publication date, …)
     * @param at   or, for events counted in hours, the local date-time (Europe/London)
     */
    record NewEvent(String event, LocalDate date, LocalDateTime at, String agency, Map<String, String> details) {
    }

    private final Cases cases;
    private final DeadlineScheduling scheduling;
    private final DeadlineStore store;
    private final ZoneId zone;
    private final ObjectMapper json;
    private final CaseAccess access;
    private final AuditTrail audit;

    CaseEventsApi(Cases cases, DeadlineScheduling scheduling, DeadlineStore store, ZoneId zone, ObjectMapper json,
            CaseAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.scheduling = scheduling;
        this.store = store;
        this.zone = zone;
        this.json = json;
    }

    @PostMapping("/api/cases/{reference}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('HSCP_TEAM')")
    DeadlineScheduling.RecordedEvent record(@PathVariable String reference, @RequestBody NewEvent event,
            Authentication staff) throws JsonProcessingException {
        CaseSummary found = find(reference);
        CaseEventType type;
        try {
            type = CaseEventType.valueOf(String.valueOf(event.event()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown event " + event.event() + "; known: "
                    + List.of(CaseEventType.values()));
        }
        if ((event.date() == null) == (event.at() == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the event's date, or its local date-time as 'at'");
        }
        Instant occurredAt = event.at() != null ? event.at().atZone(zone).toInstant()
                : event.date().atStartOfDay(zone).toInstant();
        String details = event.details() == null ? null : json.writeValueAsString(event.details());
        return scheduling.record(found.id(), type, occurredAt, event.agency(), details, staff.getName());
    }

    /** The case's deadlines; a LIG member's only of a case it may read, and only its own agency's and the case's. */
    @GetMapping("/api/cases/{reference}/deadlines")
    List<DeadlineStore.DeadlineRow> deadlines(@PathVariable String reference, Authentication user) {
        CaseSummary found = find(reference);
        if (!access.canRead(user, found.id())) {
            audit.record(user, AuditTrail.Action.DENIED, found.reference().value(), ClientAddress.withOrigin("deadlines"));
            throw new AuditedRefusal("Not a case the user's agency needs to know about");
        }
        audit.record(user, AuditTrail.Action.VIEW_DEADLINES, found.reference().value(), ClientAddress.withOrigin(null));
        var narrow = access.narrowTo(user);
        return store.deadlines(found.id()).stream()
                .filter(d -> narrow.isEmpty() || d.agency() == null || d.agency().equals(narrow.get())).toList();
    }

    private CaseSummary find(String reference) {
        return CaseReference.parse(reference).flatMap(cases::findByReference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
    }
}
