package uk.org.hscp.notifier.intake;

/**
 * Counts the polls at which an e-mail could not be journaled, by its copy in the mailbox (IMAP
 * {@code UIDVALIDITY:UID}), in the database so that the count survives a restart. Each count is written in
 * a transaction of its own: when the database itself is away, nothing is counted and the e-mail waits.
 */
public interface JournalFailures {

    /** Adds one failed attempt; returns how many there have been for this copy. */
    int failed(String mailbox, String sourceKey, String error, java.time.Instant at);

    /** Marks that the e-mail was moved out of the inbox after its last failure. */
    void gaveUp(String mailbox, String sourceKey, Long emailId, java.time.Instant at);
}
