package uk.org.hscp.notifier.dispatch;

import java.util.Optional;

/**
 * Mail that comes back to a watched mailbox about the service's own e-mails: delivery status notifications
 * (RFC 3464 bounces), copies of its own notices (the HSCP team's address may be the intake mailbox) and
 * auto-replies to them. Intake asks before screening, so none of these is quarantined as an unknown form
 * or answered (no mail loops).
 */
public interface BounceHandler {

    String DELIVERY_STATUS_REPORT = "DELIVERY_STATUS_REPORT";
    String OWN_NOTICE = "OWN_NOTICE";
    String AUTO_REPLY = "AUTO_REPLY";

    /**
     * Runs in the caller's transaction. A matched report marks its delivery (BOUNCED for a failure).
     *
     * @return the form type to accept the e-mail under when it is about one of the service's deliveries,
     *         else empty (the e-mail is screened as usual)
     */
    Optional<String> handle(long inboundEmailId, byte[] raw, boolean deliveryStatusReport);
}
