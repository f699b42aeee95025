package uk.org.hscp.notifier.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import uk.org.hscp.notifier.deadlines.ReminderPlanner.PlannedReminder;

/** Case events, deadlines, their reminders, and the LIG meeting dates they count from. */
public interface DeadlineStore {

    record DeadlineRow(long id, long caseId, String timescaleId, String agency, Instant due, DeadlineStatus status,
            int version, Instant startedAt) {

        public boolean isOpen() {
            return status == DeadlineStatus.OPEN;
        }
    }

    /** Records the event; an earlier event of the same type (and agency) is superseded: this one corrects it. */
    long recordEvent(long caseId, CaseEventType type, Instant occurredAt, String agency, String detailsJson,
            String recordedBy, Instant now);

    /** The current (not superseded) moment of each case-wide event. */
    Map<CaseEventType, Instant> currentEvents(long caseId);

    boolean hasEvent(long caseId, CaseEventType type);

    List<DeadlineRow> deadlines(long caseId);

    long create(long caseId, Timescale timescale, String agency, Instant due, Instant startedAt, Instant now);

    /** A new due moment: the version moves on, so reminders planned for the old one are skipped. */
    int move(long deadlineId, Instant due, Instant now);

    /** Met or cancelled: its pending reminders are cancelled with it. */
    void close(long deadlineId, DeadlineStatus status, Instant at);

    /** One statement batch for all of a deadline's reminders. */
    void addReminders(long deadlineId, int version, List<PlannedReminder> reminders);

    /** The cases with a deadline still open (met and cancelled ones no longer move). */
    List<Long> casesWithOpenDeadlines();
}
