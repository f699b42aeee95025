package uk.org.hscp.notifier.anonymise;

import java.time.Instant;
import java.util.Optional;

/** What the anonymiser may read of a deadline and its reminders (the deadlines module answers): catalogue facts. */
public interface DeadlineSource {

    /** @param status OPEN, MET or CANCELLED */
    record DeadlineFacts(long id, String title, String section, String whoMustAct, Instant dueAt, int version,
            String status) {
    }

    Optional<DeadlineFacts> deadline(long deadlineId);

    /** BEFORE_DUE, ON_DUE_DAY, OVERDUE_ESCALATION. */
    Optional<String> reminderKind(long reminderId);
}
