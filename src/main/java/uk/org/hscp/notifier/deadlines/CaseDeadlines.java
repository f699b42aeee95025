package uk.org.hscp.notifier.deadlines;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case's events and deadlines as the modules above read them (the case pages, who may read a case). Moments are
 * in the service's time zone.
 */
public interface CaseDeadlines {

    /** A case event; {@code detailsJson} may hold names (a reviewer's), {@code corrected} when a later one replaced it. */
    record Event(long id, String event, ZonedDateTime occurredAt, String agency, String detailsJson,
            String recordedBy, ZonedDateTime recordedAt, boolean corrected) {
    }

    /** A deadline; {@code due} is empty while a date it needs is unknown. */
    record Deadline(long id, String timescaleId, String title, String section, String agency,
            ZonedDateTime due, String status, ZonedDateTime closedAt, List<SentReminder> remindersSent) {
    }

    record SentReminder(String kind, String roles, ZonedDateTime sentAt) {
    }

    /** The case's events, oldest first, corrected ones included. */
    List<Event> events(long caseId);

    /** The case's deadlines, soonest first, each with the reminders sent about it. */
    List<Deadline> deadlines(long caseId);

    /**
     * The cases the agency was asked for a summary of involvement about (only {@code caseId} when given), each
     * with whether a request is still open.
     */
    Map<Long, Boolean> summaryRequests(String agency, Optional<Long> caseId);
}
