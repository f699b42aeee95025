package uk.org.hscp.notifier.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.platform.LogContext;
import uk.org.hscp.notifier.anonymise.Anonymiser;
import uk.org.hscp.notifier.anonymise.Redactor;
import uk.org.hscp.notifier.dispatch.DeliveryAttempts.DeliveryToSend;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.platform.ServiceInstance;

/**
 * One attempt at one delivery, for each id taken from dispatch.outbound: claim it (QUEUED or
 * TEMPORARY_FAILURE and due → SENDING, committed), anonymise, render, send over SMTP, record what the relay
 * said. A delivery that is not claimable (already sent, being sent, not due, cancelled) is left alone, so a
 * redelivered or republished id never sends twice. Temporary failures are tried again when due (see
 * {@link RetryPolicy}); a 5xx refusal or the last failed attempt ends in PERMANENT_FAILURE and an alert.
 *
 * <p>The claim names this instance ({@link ServiceInstance}) as the delivery's sender. When the relay accepted
 * the e-mail but marking it SENT fails (the database did not answer), the acceptance is kept here and recorded
 * by {@link #recordAccepted()} once the database answers again; meanwhile this instance is alive, so no relay
 * takes its SENDING delivery for a lost one and sends it a second time.
 */
@Component("deliveryDispatcher")
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryAttempts deliveries;
    private final DeadlineLookup deadlines;
    private final InboundEmailLookup emails;
    private final Anonymiser anonymiser;
    private final MessageComposer composer;
    private final OutgoingMail mail;
    private final RetryPolicy retryPolicy;
    private final DeliveryAlerts alerts;
    private final DispatchSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ServiceInstance instance;
    /** Accepted by the SMTP relay, not yet marked SENT: the database did not answer. */
    private final Map<Long, Accepted> accepted = new ConcurrentHashMap<>();

    private record Accepted(String smtpReply, String sha256, byte[] mime, Instant at) {
    }

    DeliveryDispatcher(DeliveryAttempts deliveries, DeadlineLookup deadlines, InboundEmailLookup emails,
            Anonymiser anonymiser, MessageComposer composer, OutgoingMail mail,
            RetryPolicy retryPolicy, DeliveryAlerts alerts, DispatchSettings settings, TransactionTemplate transaction,
            Clock clock, MeterRegistry meters, ServiceInstance instance) {
        this.meters = meters;
        this.instance = instance;
        this.deliveries = deliveries;
        this.deadlines = deadlines;
        this.emails = emails;
        this.anonymiser = anonymiser;
        this.composer = composer;
        this.mail = mail;
        this.retryPolicy = retryPolicy;
        this.alerts = alerts;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Called by the dispatch-send route with the delivery id from the queue. */
    public void send(String deliveryId) {
        long id = Long.parseLong(deliveryId.strip());
        LogContext.put(LogContext.DELIVERY_ID, id);
        try {
            send(id);
        } finally {
            LogContext.clear();
        }
    }

    private void send(long id) {
        Optional<DeliveryToSend> claimed = transaction.execute(
                status -> deliveries.claim(id, instance.id(), clock.instant()));
        if (claimed == null || claimed.isEmpty()) {
            log.debug("Delivery {} is not waiting for an attempt; nothing to do", id);
            return;
        }
        DeliveryToSend delivery = claimed.get();
        LogContext.put(LogContext.MESSAGE_ID, delivery.messageId());
        MessageComposer.Composed message;
        try {
            if (deadlineNoLongerOpen(delivery)) {
                transaction.executeWithoutResult(status -> deliveries.close(id, DeliveryStatus.CANCELLED,
                        Optional.of(DeliveryStatus.SENDING), null, "Not sent: its deadline is no longer open.",
                        clock.instant()));
                log.info("Delivery {} ({}) cancelled: its deadline is no longer open", id, delivery.kind());
                return;
            }
            message = compose(delivery);
            transaction.executeWithoutResult(status -> deliveries.composed(id, message.subject(), message.text()));
        } catch (RuntimeException e) {
            log.warn("Delivery {} ({}, notice {}) could not be prepared: {}", id, delivery.kind(), delivery.noticeId(),
                    e.toString());
            recordFailure(delivery, new SendOutcome.Failed(false, null),
                    "Could not be prepared: " + e.getClass().getSimpleName());
            return;
        }
        SendOutcome outcome = mail.send(message.mime(), settings.fromAddress(), delivery.recipient());
        counted(delivery.kind(), outcome);
        if (outcome instanceof SendOutcome.Sent sent) {
            Accepted acceptance = new Accepted(sent.smtpReply(), message.sha256(), message.mime(), clock.instant());
            try {
                markSent(id, acceptance);
            } catch (RuntimeException e) {
                // the relay has it: never send it again; record it when the database answers (recordAccepted)
                accepted.put(id, acceptance);
                log.warn("Delivery {} was accepted by the SMTP relay but could not be marked SENT ({}); it is marked"
                        + " once the database answers again", id, e.getClass().getSimpleName());
                return;
            }
            log.info("Delivery {} ({} to {}, case {}) sent on attempt {}", id, delivery.kind(), delivery.role(),
                    delivery.caseId(), delivery.attempts());
        } else {
            recordFailure(delivery, (SendOutcome.Failed) outcome, null);
        }
    }

    private void markSent(long id, Accepted acceptance) {
        transaction.executeWithoutResult(status -> deliveries.sent(id, acceptance.smtpReply(), acceptance.sha256(),
                acceptance.mime(), acceptance.at()));
    }

    /** Marks SENT each delivery the relay accepted while the database did not answer; run by the dispatch relay. */
    public void recordAccepted() {
        for (var entry : accepted.entrySet()) {
            try {
                markSent(entry.getKey(), entry.getValue());
                accepted.remove(entry.getKey());
                log.info("Delivery {}: its acceptance by the SMTP relay is recorded, SENT", entry.getKey());
            } catch (RuntimeException e) {
                log.debug("Delivery {} still cannot be marked SENT: {}", entry.getKey(), e.getClass().getSimpleName());
            }
        }
    }

    /** True while this instance holds the relay's acceptance of the delivery, not yet recorded. */
    public boolean holdsAcceptanceOf(long deliveryId) {
        return accepted.containsKey(deliveryId);
    }

    /**
     * {@code hscp_delivery_attempts_total}: every attempt handed to the relay, by notice kind, what came of it
     * (sent, temporary_failure, permanent_failure) and the class of the relay's reply (2xx, 4xx, 5xx, or none when
     * there was no reply: no connection, a time-out).
     */
    private void counted(NoticeKind kind, SendOutcome outcome) {
        String reply = outcome.smtpReply();
        String replyClass = reply != null && reply.length() >= 3 && reply.matches("^[2-5]\\d\\d\\b.*")
                ? reply.charAt(0) + "xx" : "none";
        String result = outcome instanceof SendOutcome.Sent ? "sent"
                : ((SendOutcome.Failed) outcome).permanent() ? "permanent_failure" : "temporary_failure";
        meters.counter("hscp.delivery.attempts", "kind", kind.name(), "outcome", result, "reply.class", replyClass)
                .increment();
    }

    private MessageComposer.Composed compose(DeliveryToSend delivery) {
        AnonymisedNotice notice = anonymiser.anonymise(new Anonymiser.NoticeSource(delivery.kind(),
                delivery.noticeId(), delivery.caseId(), delivery.inboundEmailId(), delivery.deadlineId(),
                delivery.reminderId(), delivery.role(), delivery.lines()), clock.instant());
        LogContext.put(LogContext.CASE_REFERENCE, notice.caseReference());
        String inReplyTo = delivery.inboundEmailId() == null ? null
                : emails.messageId(delivery.inboundEmailId()).filter(m -> m.startsWith("<")).orElse(null);
        return composer.compose(notice, new MessageComposer.Envelope(delivery.messageId(), settings.fromAddress(),
                settings.fromName(), delivery.recipient(), clock.instant(), inReplyTo));
    }

    private boolean deadlineNoLongerOpen(DeliveryToSend delivery) {
        boolean reminder = delivery.kind() == NoticeKind.REMINDER || delivery.kind() == NoticeKind.ESCALATION;
        return reminder && delivery.deadlineId() != null
                && deadlines.noLongerOpen(delivery.deadlineId());
    }

    private void recordFailure(DeliveryToSend delivery, SendOutcome.Failed failure, String detail) {
        Instant now = clock.instant();
        String reply = failure.smtpReply();
        Optional<Instant> next = failure.permanent() ? Optional.empty()
                : retryPolicy.nextAttempt(delivery.attempts(), now);
        transaction.executeWithoutResult(status -> {
            if (next.isPresent()) {
                deliveries.retryLater(delivery.id(), reply, next.get(),
                        (detail == null ? "Temporary failure" : detail) + "; next attempt due " + next.get(), now);
            } else {
                String why = failure.permanent() ? "refused by the mail server (permanent failure)"
                        : "failed on every one of " + delivery.attempts() + " attempts";
                boolean closed = deliveries.close(delivery.id(), DeliveryStatus.PERMANENT_FAILURE,
                        Optional.of(DeliveryStatus.SENDING), reply, (detail == null ? "" : detail + "; ") + why, now);
                if (closed) {
                    alerts.failed(delivery.id(), delivery.kind(), delivery.caseId(), delivery.role(),
                            delivery.attempts(), why, reply);
                }
            }
        });
        log.warn("Delivery {} ({} to {}) attempt {} failed{}: {}", delivery.id(), delivery.kind(), delivery.role(),
                delivery.attempts(), next.map(t -> ", next attempt due " + t).orElse(" for good"),
                reply == null ? detail : Redactor.generic().scrub(reply));
    }
}
