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

import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.deadlines.DeadlineStore;

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

    CaseEventsApi(Cases cases, DeadlineScheduling scheduling, DeadlineStore store, ZoneId zone, ObjectMapper json) {
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

    @GetMapping("/api/cases/{reference}/deadlines")
    List<DeadlineStore.DeadlineRow> deadlines(@PathVariable String reference) {
        return store.deadlines(find(reference).id());
    }

    private CaseSummary find(String reference) {
        return CaseReference.parse(reference).flatMap(cases::findByReference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
    }
}
