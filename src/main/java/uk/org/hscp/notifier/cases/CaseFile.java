package uk.org.hscp.notifier.cases;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the staff pages show of one case: the child's identity, the forms received, what happened, the
 * deadlines with the reminders sent, and the notices delivered. Holds identities: never logged or printed.
 * Moments are in the service's time zone (Europe/London).
 */
public record CaseFile(CaseSummary summary, Child child, List<ReceivedForm> forms, List<Event> events,
        List<Deadline> deadlines, List<Delivery> deliveries) {

    public record Child(String firstName, String lastName, LocalDate dateOfBirth, String referringAgency,
            String referrerEmail, LocalDate referralDate) {

        @Override
        public String toString() {
            return "Child[redacted]";
        }
    }

    /** A form kept on the case, with the e-mail it came in. */
    public record ReceivedForm(long id, String formType, String attachmentName, ZonedDateTime receivedAt,
            String emailSender, String emailSubject, ZonedDateTime emailReceivedAt) {
    }

    /** A case event; {@code detailsJson} may hold names (a reviewer's), {@code corrected} when a later one replaced it. */
    public record Event(long id, String event, ZonedDateTime occurredAt, String agency, String detailsJson,
            String recordedBy, ZonedDateTime recordedAt, boolean corrected) {
    }

    /** A deadline; {@code due} is empty while a date it needs is unknown. */
    public record Deadline(long id, String timescaleId, String title, String section, String agency,
            ZonedDateTime due, String status, ZonedDateTime closedAt, List<SentReminder> remindersSent) {
    }

    public record SentReminder(String kind, String roles, ZonedDateTime sentAt) {
    }

    public record Delivery(long id, String role, String noticeKind, String status, ZonedDateTime createdAt,
            ZonedDateTime sentAt) {
    }

    @Override
    public String toString() {
        return "CaseFile[" + summary.reference() + "]";
    }
}
