package uk.org.hscp.notifier.today;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the Today page reads: open deadlines due before a moment, and the team's two counts. */
public interface TodaysWork {

    record OpenDeadline(String caseReference, String pseudonym, String timescaleId, String title, String section,
            String agency, Instant due) {
    }

    /**
     * Open deadlines due before {@code until}, earliest first.
     *
     * @param readable  for a LIG member, the cases it may read, and its agency (it sees case-wide deadlines and its
     *                  own agency's); empty for the HSCP team (every case)
     */
    List<OpenDeadline> dueBefore(Instant until, Optional<Readable> readable);

    record Readable(List<Long> caseIds, String agency) {
    }

    /** E-mails in quarantine that nobody has reviewed yet. */
    int quarantineWaiting();

    /** Deliveries failed for good, bounced or waiting to be retried. */
    int failedDeliveries();
}
