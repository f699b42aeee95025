package uk.org.hscp.notifier.dispatch.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.hscp.notifier.dispatch.BounceHandler;
import uk.org.hscp.notifier.dispatch.DeliveryBounces;
import uk.org.hscp.notifier.dispatch.DeliveryRef;
import uk.org.hscp.notifier.dispatch.DeliveryAlerts;

/**
 * Matches mail that came back to a watched mailbox with the delivery it is about: a delivery status
 * notification only by a Message-ID the service sent (Original-Message-ID, In-Reply-To, References, or the
 * returned message's headers), never by its recipient alone: anyone can write a report naming a real recipient,
 * and it would mark that delivery BOUNCED. A copy of one of the service's own notices by its Message-ID; an
 * auto-reply by the ids it refers to. Only Message-IDs the delivery table knows count (each has a random part),
 * so a forged id cannot slip a form past screening; a report about nothing of ours is screened as usual.
 */
public final class MailboxBounceHandler implements BounceHandler {

    private static final Logger log = LoggerFactory.getLogger(MailboxBounceHandler.class);

    private final DeliveryBounces deliveries;
    private final DeliveryAlerts alerts;
    private final Clock clock;

    public MailboxBounceHandler(DeliveryBounces deliveries, DeliveryAlerts alerts, Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Optional<String> handle(long inboundEmailId, byte[] raw, boolean deliveryStatusReport) {
        DeliveryReportReader.Report report;
        try {
            report = DeliveryReportReader.read(raw);
        } catch (Exception e) {
            return Optional.empty(); // not readable here: screening decides
        }
        Instant now = clock.instant();
        if (deliveryStatusReport) {
            return handleReport(inboundEmailId, report, now);
        }
        if (report.messageId() != null && deliveries.byMessageId(report.messageId()).isPresent()) {
            log.info("E-mail {} is a copy of the service's own delivery {}", inboundEmailId, report.messageId());
            return Optional.of(OWN_NOTICE);
        }
        if (report.autoSubmitted()) {
            List<DeliveryRef> about = referenced(report);
            if (!about.isEmpty()) {
                about.forEach(d -> deliveries.note(d.id(), "An automatic reply was received (e-mail " + inboundEmailId
                        + ")", now));
                return Optional.of(AUTO_REPLY);
            }
        }
        return Optional.empty();
    }

    private Optional<String> handleReport(long inboundEmailId, DeliveryReportReader.Report report, Instant now) {
        Map<Long, DeliveryRef> matched = new LinkedHashMap<>();
        referenced(report).forEach(d -> matched.put(d.id(), d));
        String how = "by Message-ID";
        if (matched.isEmpty()) {
            log.info("E-mail {} is a delivery status report naming no Message-ID the service sent; screened as usual",
                    inboundEmailId);
            return Optional.empty();
        }
        for (DeliveryRef delivery : matched.values()) {
            var status = statusFor(report, delivery);
            String detail = "Delivery status report (e-mail " + inboundEmailId + ", matched " + how + "): "
                    + (status == null ? "no per-recipient status"
                            : status.action() + (status.status() == null ? "" : " " + status.status())
                                    + (status.diagnostic() == null ? "" : "; " + status.diagnostic()));
            boolean failed = status == null || status.failed();
            if (failed && deliveries.bounced(delivery.id(), detail, now)) {
                alerts.failed(delivery.id(), delivery.kind(), delivery.caseId(), delivery.role(), delivery.attempts(),
                        "bounced after it was sent", status == null ? null : status.status());
                log.warn("Delivery {} ({} to {}) bounced", delivery.id(), delivery.kind(), delivery.role());
            } else {
                deliveries.note(delivery.id(), detail, now);
            }
        }
        return Optional.of(DELIVERY_STATUS_REPORT);
    }

    private List<DeliveryRef> referenced(DeliveryReportReader.Report report) {
        List<DeliveryRef> found = new ArrayList<>();
        for (String id : report.referencedMessageIds()) {
            deliveries.byMessageId(id).ifPresent(found::add);
        }
        return found;
    }

    /** The block for this delivery's recipient when there are several; the only one otherwise. */
    private static DeliveryReportReader.RecipientStatus statusFor(DeliveryReportReader.Report report,
            DeliveryRef delivery) {
        var statuses = report.recipients();
        if (statuses.isEmpty()) {
            return null;
        }
        return statuses.stream().filter(DeliveryReportReader.RecipientStatus::failed).findFirst()
                .orElse(statuses.get(0));
    }
}
