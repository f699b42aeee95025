package uk.org.hscp.notifier.cases.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling.DeadlineChange;

/**
 * Records a checked entry as the events API does (the date's start, London time; the answers as JSON; the
 * user's name), with its audit entry, in one transaction: all of it or none.
 */
@Component
class EventRecording {

    private final DeadlineScheduling scheduling;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final ObjectMapper json;

    EventRecording(DeadlineScheduling scheduling, AuditTrail audit, ZoneId zone, ObjectMapper json) {
        this.scheduling = scheduling;
        this.audit = audit;
        this.zone = zone;
        this.json = json;
    }

    @Transactional
    public List<DeadlineChange> record(CaseSummary found, EventForm.Entry entry, Authentication staff)
            throws JsonProcessingException {
        Instant occurredAt = entry.date().atStartOfDay(zone).toInstant();
        String details = entry.details().isEmpty() ? null : json.writeValueAsString(entry.details());
        List<DeadlineChange> changes = new ArrayList<>();
        for (CaseEventType type : entry.events()) {
            boolean theEventAskedAbout = type == entry.events().get(0); // the answers are its own
            changes.addAll(scheduling.record(found.id(), type, occurredAt, null, theEventAskedAbout ? details : null,
                    staff.getName()).changes());
        }
        audit.record(staff, AuditTrail.Action.RECORD_EVENT, found.reference().value(),
                entry.events().stream().map(Enum::name).toList() + " on " + entry.date());
        return changes;
    }
}
