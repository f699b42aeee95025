package uk.org.hscp.notifier.cases;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import uk.org.hscp.notifier.deadlines.CaseDeadlines;
import uk.org.hscp.notifier.dispatch.CaseDeliveries;

/**
 * Everything the staff pages show of one case: the child's identity, the forms received, what happened, the
 * deadlines with the reminders sent, and the notices delivered. Holds identities: never logged or printed.
 * Moments are in the service's time zone (Europe/London).
 */
public record CaseFile(CaseSummary summary, Child child, List<ReceivedForm> forms, List<CaseDeadlines.Event> events,
        List<CaseDeadlines.Deadline> deadlines, List<CaseDeliveries.Delivery> deliveries) {

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

    @Override
    public String toString() {
        return "CaseFile[" + summary.reference() + "]";
    }
}
