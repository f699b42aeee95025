package uk.org.hscp.notifier.dispatch;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * Tells the HSCP team that an e-mail could not be delivered, with a DELIVERY_FAILURE_ALERT notice written
 * in the caller's transaction. An alert that itself fails is logged, never alerted about (no alert loops).
 * The lines name the delivery, kind, role and case reference only; the e-mail's own lines are scrubbed of
 * anything that looks like an address by the anonymiser.
 */
@Component
public class DeliveryAlerts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAlerts.class);

    private final Notices notices;

    DeliveryAlerts(Notices notices) {
        this.notices = notices;
    }

    public void failed(long deliveryId, NoticeKind kind, Long caseId, String role, int attempts, String what,
            String smtpReply) {
        if (kind == NoticeKind.DELIVERY_FAILURE_ALERT) {
            log.error("Delivery {} is an alert about another delivery and {}; not alerting about an alert", deliveryId,
                    what);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Delivery " + deliveryId + " (" + kind + " to " + role + ") " + what + ".");
        lines.add("Attempts made: " + attempts + ".");
        if (smtpReply != null && !smtpReply.isBlank()) {
            lines.add("Last reply from the mail server: " + smtpReply.strip());
        }
        lines.add("The delivery log (GET /api/deliveries) has the whole history.");
        notices.request(new NoticeRequest(NoticeKind.DELIVERY_FAILURE_ALERT, caseId, null, null, null, lines));
        log.warn("Delivery {} ({} to {}) {}; the HSCP team is alerted", deliveryId, kind, role, what);
    }

    /** A notice for which some or all recipients could not be found. */
    public void undeliverable(long noticeId, NoticeKind kind, Long caseId, List<String> problems) {
        if (kind == NoticeKind.DELIVERY_FAILURE_ALERT) {
            log.error("Notice {} is an alert and has no recipient: {}; not alerting about an alert", noticeId, problems);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Notice " + noticeId + " (" + kind + ") could not be sent to every recipient.");
        lines.addAll(problems);
        lines.add("Check config/recipients.yml and the notice's reminder or e-mail.");
        notices.request(new NoticeRequest(NoticeKind.DELIVERY_FAILURE_ALERT, caseId, null, null, null, lines));
        log.warn("Notice {} ({}): {}", noticeId, kind, problems);
    }
}
