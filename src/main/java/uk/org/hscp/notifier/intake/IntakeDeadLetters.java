package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.platform.LogContext;

/** The e-mails whose reading failed on every redelivery: kept, quarantined, and the HSCP team alerted. */
@Component("intakeDeadLetters")
public class IntakeDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(IntakeDeadLetters.class);

    private final EmailJournal journal;
    private final IntakeNotices notices;
    private final Clock clock;

    IntakeDeadLetters(EmailJournal journal, IntakeNotices notices, Clock clock) {
        this.journal = journal;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void quarantine(String emailId) {
        long id = Long.parseLong(emailId.strip());
        LogContext.put(LogContext.JOURNAL_ID, id);
        try {
            quarantine(id);
        } finally {
            LogContext.clear();
        }
    }

    private void quarantine(long id) {
        var entry = journal.claim(id);
        if (entry.isEmpty() || entry.get().outcome() != IntakeOutcome.PENDING) {
            return;
        }
        Verdict verdict = Verdict.quarantined(QuarantineReason.PROCESSING_FAILED,
                "Reading the forms failed on every attempt; the e-mail is kept for staff.");
        if (!journal.decide(id, IntakeOutcome.PENDING, verdict, clock.instant())) {
            return;
        }
        notices.tell(id, verdict, List.of());
        log.warn("E-mail {} went to the dead-letter queue and is quarantined", id);
    }
}
