package uk.org.hscp.notifier.deadlines;

import java.time.Instant;
import java.util.List;

/** The reminder rows: claimed in batches when due, then marked sent or skipped. */
public interface ReminderStore {

    /**
     * A claimed reminder with what its deadline says now.
     *
     * @param stillCurrent the deadline is open and has not moved since the reminder was planned
     * @param fireAt       the moment the reminder was due (its lateness is measured from it)
     */
    record DueReminder(long id, long deadlineId, long caseId, String kind, boolean stillCurrent, Instant fireAt) {
    }

    /**
     * Locks up to {@code limit} due reminders that no other transaction holds (SKIP LOCKED), the earliest due
     * first.
     */
    List<DueReminder> claimDue(Instant now, int limit);

    void markSent(List<DueReminder> reminders, Instant at);

    void markSkipped(List<DueReminder> reminders);
}
