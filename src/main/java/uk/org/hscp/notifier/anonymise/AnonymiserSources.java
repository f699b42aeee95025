package uk.org.hscp.notifier.anonymise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * What the anonymiser may read, by id. Nothing here returns free text from a form: a case gives its
 * reference, pseudonym and date of birth (only to work out an age in years), a deadline its catalogue
 * title. {@link #identifyingValues} is read only to withhold those values from the notice's lines.
 */
public interface AnonymiserSources {

    /** A case as the anonymiser sees it. The date of birth never leaves the anonymiser. */
    record CaseKey(String reference, String pseudonym, LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "CaseKey[" + reference + "]";
        }
    }

    /** @param status OPEN, MET or CANCELLED */
    record DeadlineFacts(long id, String title, String section, String whoMustAct, Instant dueAt, int version,
            String status) {
    }

    Optional<CaseKey> caseKey(long caseId);

    Optional<DeadlineFacts> deadline(long deadlineId);

    /** BEFORE_DUE, ON_DUE_DAY, OVERDUE_ESCALATION. */
    Optional<String> reminderKind(long reminderId);

    Optional<Instant> emailReceivedAt(long inboundEmailId);

    /** Names, aliases, addresses, schools, NHS numbers, e-mail addresses… of the case: to withhold, never to show. */
    Collection<String> identifyingValues(long caseId);
}
