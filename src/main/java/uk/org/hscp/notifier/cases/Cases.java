package uk.org.hscp.notifier.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cases and the forms kept on them. */
public interface Cases {

    /** Opens a case with the next reference of the year and the next pseudonym, in order. */
    CaseSummary open(NewCase newCase, Instant openedAt);

    Optional<CaseSummary> find(long id);

    Optional<CaseSummary> findByReference(CaseReference reference);

    /** Open cases whose child has this first and last name (case-insensitive). */
    List<CaseSummary> findByChildName(String firstName, String lastName);

    /** The most recently opened cases, newest first; {@code readable} narrows to those ids ({@link CaseAccess}). */
    List<CaseSummary> recent(Optional<List<Long>> readable, int size);

    /**
     * Cases whose reference or child's name contains the text, or whose pseudonym is the text (case-insensitive),
     * newest first; {@code readable} narrows to those ids ({@link CaseAccess}).
     */
    List<CaseSummary> search(String text, Optional<List<Long>> readable, int size);

    /** Keeps an accepted form on its case; false when these form bytes were already accepted. */
    boolean attachForm(long caseId, long inboundEmailId, String formType, String attachmentName, String sha256,
            String formJson, Instant receivedAt);

    /** The case that already holds a form with these bytes, if any. */
    Optional<Long> caseHoldingForm(String sha256);

    /** The reference of each of these cases (a case that no longer exists is left out). */
    Map<Long, String> references(Collection<Long> caseIds);

    /** The child and the referral, as the case page shows them. */
    Optional<CaseFile.Child> child(long caseId);

    /** The case's forms, oldest first. */
    List<CaseForm> forms(long caseId);

    Optional<CaseForm> form(long caseId, long formId);

    /** The forms of this type kept on any of these cases, oldest first. */
    List<CaseForm> formsOfType(String formType, Collection<Long> caseIds);
}
