package uk.org.hscp.notifier.retention;

/** What happens to a record when its time is up. */
public enum Disposal {
    /** The row goes. */
    DELETE,
    /** The row stays, stripped of everything that identifies anyone. */
    TOMBSTONE
}
