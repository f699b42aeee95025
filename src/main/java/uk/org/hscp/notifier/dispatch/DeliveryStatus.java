package uk.org.hscp.notifier.dispatch;

/** Where one e-mail to one recipient stands (after GOV.UK Notify's statuses). */
public enum DeliveryStatus {
    /** Created; waiting to be picked up from dispatch.outbound. */
    QUEUED,
    /** An attempt is being made now. */
    SENDING,
    /** The SMTP relay accepted it. */
    SENT,
    /** The last attempt failed for a reason that may pass (no connection, 4xx); tried again when due. */
    TEMPORARY_FAILURE,
    /** Refused (5xx) or every attempt failed; not tried again. */
    PERMANENT_FAILURE,
    /** Accepted, then a delivery status notification said it could not be delivered. */
    BOUNCED,
    /** Not sent because it is no longer needed (for example its deadline was met). */
    CANCELLED;

    /** May be picked up for an attempt. */
    public boolean awaitsAttempt() {
        return this == QUEUED || this == TEMPORARY_FAILURE;
    }
}
