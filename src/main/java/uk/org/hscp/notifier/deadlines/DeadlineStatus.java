package uk.org.hscp.notifier.deadlines;

/** Where a deadline stands. A missed deadline stays {@link #OPEN}: it is overdue, and its escalations go on. */
public enum DeadlineStatus {
    OPEN,
    /** The event that meets it was recorded. */
    MET,
    /** The event that stops it was recorded (the case no longer needs it). */
    CANCELLED
}
