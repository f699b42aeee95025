package uk.org.hscp.notifier.intake;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the forms of a journaled e-mail. Placeholder until the form reader lands: accepts, unread. */
@Component("formIntake")
public class FormIntake {

    private final EmailJournal journal;
    private final Clock clock;

    FormIntake(EmailJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public void read(String emailId) {
        long id = Long.parseLong(emailId.strip());
        var entry = journal.find(id);
        if (entry.isEmpty() || entry.get().outcome() != IntakeOutcome.PENDING) {
            return; // redelivered after it was decided: nothing to do
        }
        journal.accept(id, null, null, clock.instant());
    }
}
