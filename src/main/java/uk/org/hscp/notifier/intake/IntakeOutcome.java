package uk.org.hscp.notifier.intake;

public enum IntakeOutcome {
    /** Journaled and screened; its forms are being read. */
    PENDING,
    ACCEPTED,
    QUARANTINED,
    DUPLICATE
}
