package uk.org.hscp.notifier.dispatch;

import java.util.List;
import java.util.Optional;

/** What dispatch asks of deadlines and reminders; the deadlines module, which owns their tables, answers. */
public interface DeadlineLookup {

    /** The recipient roles written on the reminder (empty when there is no such reminder). */
    List<String> reminderRoles(long reminderId);

    /** The agency a deadline is for (a summary of involvement), empty for a deadline of the whole case. */
    Optional<String> agency(long deadlineId);

    /** The case's open deadline of this timescale (for this agency when given, else any), the soonest first. */
    Optional<Long> openDeadline(long caseId, String timescaleId, String agency);

    /** Met or cancelled: a reminder or escalation about it is no longer worth sending. */
    boolean noLongerOpen(long deadlineId);
}
