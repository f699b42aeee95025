package uk.org.hscp.notifier.intake;

/** Why an e-mail is held for staff. Whether the sender gets a reply depends on the reason. */
public enum QuarantineReason {
    UNKNOWN_SENDER(false),
    /** A known domain in From, but its mail gateway does not vouch for it (a forgery, most likely): no backscatter. */
    SENDER_NOT_AUTHENTICATED(false),
    /** A form its sender may not send (another agency's response, a rapid review from outside the team). */
    NOT_EXPECTED_FROM_SENDER(false),
    NO_FORM_FOUND(true),
    ATTACHMENT_TOO_LARGE(true),
    UNREADABLE_ATTACHMENT(true),
    INVALID_FORM(true),
    /** A scan with no text: kept for a person to key in; the team is told, the sender is not asked again. */
    NEEDS_MANUAL_ENTRY(false),
    NO_MATCHING_CASE(true),
    /** The e-mail itself could not be parsed as MIME. */
    UNREADABLE_EMAIL(false),
    /** Reading failed repeatedly for a reason of ours; the dead-letter queue put it here. */
    PROCESSING_FAILED(false);

    private final boolean senderIsTold;

    QuarantineReason(boolean senderIsTold) {
        this.senderIsTold = senderIsTold;
    }

    /** Unknown, unauthenticated and unexpected senders never get a reply: no backscatter. */
    public boolean senderIsTold() {
        return senderIsTold;
    }
}
