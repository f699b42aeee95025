package uk.org.hscp.notifier.anonymise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * What the anonymiser may read of a case (the cases module answers). A case gives its reference, pseudonym and
 * date of birth (only to work out an age in years); {@link #identifyingValues} is read only to withhold those
 * values from the notice's lines.
 */
public interface CaseSource {

    /** A case as the anonymiser sees it. The date of birth never leaves the anonymiser. */
    record CaseKey(String reference, String pseudonym, LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "CaseKey[" + reference + "]";
        }
    }

    Optional<CaseKey> caseKey(long caseId);

    /** Names, aliases, addresses, schools, NHS numbers, e-mail addresses… of the case: to withhold, never to show. */
    Collection<String> identifyingValues(long caseId);
}
