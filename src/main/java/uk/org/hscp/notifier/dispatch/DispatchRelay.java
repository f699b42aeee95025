package uk.org.hscp.notifier.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.ServiceInstance;

/**
 * The safety net, run by a timer route: plans notices still REQUESTED a while after they were written (and
 * so the notices of reminders, which are requested in batches and left to it),
 * settles deliveries stuck in SENDING (the instance sending them stopped mid-send: it has not been seen for
 * {@code hscp.dispatch.owner-gone-after}, a minute; or no outcome within {@code sending-timeout}): SENT when the
 * relay's copy of it is in the sent-copies folder ({@link SentCopies}), otherwise tried again and the HSCP team
 * alerted, puts deliveries left waiting on the queue longer than {@code hscp.dispatch.boost-after} back on it at
 * the top priority, and puts on
 * dispatch.outbound the id of every delivery due for an attempt that is not already waiting there. Every
 * "due" and "a while" compares database times with the injected clock.
 */
@Component("dispatchRelay")
public class DispatchRelay {

    private static final Logger log = LoggerFactory.getLogger(DispatchRelay.class);
    private static final int BATCH = 500;

    private final DeliveryUpkeep deliveries;
    private final NoticeDispatch noticeDispatch;
    private final DeliveryQueue queue;
    private final DeliveryAlerts alerts;
    private final RetryPolicy retryPolicy;
    private final DispatchSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DeliveryDispatcher dispatcher;
    private final ServiceInstance instance;
    private final SentCopies sentCopies;

    private final Duration boostAfter;

    DispatchRelay(DeliveryUpkeep deliveries, NoticeDispatch noticeDispatch, DeliveryQueue queue, DeliveryAlerts alerts,
            RetryPolicy retryPolicy, DispatchSettings settings, TransactionTemplate transaction, Clock clock,
            DeliveryDispatcher dispatcher, ServiceInstance instance, SentCopies sentCopies,
            @Value("${hscp.dispatch.boost-after:45s}") Duration boostAfter) {
        this.dispatcher = dispatcher;
        this.sentCopies = sentCopies;
        this.instance = instance;
        this.boostAfter = boostAfter;
        this.deliveries = deliveries;
        this.noticeDispatch = noticeDispatch;
        this.queue = queue;
        this.alerts = alerts;
        this.retryPolicy = retryPolicy;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    public void run() {
        Instant now = clock.instant();
        // this instance is alive, so its SENDING deliveries are its own; then what the SMTP relay accepted while
        // the database did not answer is recorded before anything is judged stuck
        deliveries.heartbeat(instance.id(), now);
        dispatcher.recordAccepted();
        for (long noticeId : deliveries.requestedNoticesBefore(now.minus(settings.planAfter()), BATCH)) {
            try {
                noticeDispatch.planAndPublish(noticeId);
            } catch (RuntimeException e) {
                log.warn("Notice {} could not be planned by the relay: {}", noticeId, e.getClass().getSimpleName());
            }
        }
        deliveries.heartbeat(instance.id(), now); // planning a burst may take a while
        Instant stuckBefore = now.minus(settings.sendingTimeout());
        Instant ownerGoneBefore = now.minus(settings.ownerGoneAfter());
        for (var stuck : deliveries.stuckSending(stuckBefore, ownerGoneBefore, BATCH)) {
            if (!dispatcher.holdsAcceptanceOf(stuck.id())) {
                unstick(stuck, stuckBefore, ownerGoneBefore, now);
            }
        }
        // waiting too long behind higher-priority replies (a flood of e-mails): put on the queue again, first
        List<Long> overdue = transaction.execute(
                status -> deliveries.claimWaitingSince(now, now.minus(boostAfter), BATCH));
        if (overdue != null && !overdue.isEmpty()) {
            queue.publish(new ArrayList<>(overdue), DeliveryQueue.Priority.OVERDUE);
            log.info("Relay put {} deliveries waiting over {} s back on the queue ahead of the rest", overdue.size(),
                    boostAfter.toSeconds());
        }
        List<Long> due = transaction.execute(
                status -> deliveries.claimForPublishing(now, now.minus(settings.republishAfter()), BATCH));
        if (due != null && !due.isEmpty()) {
            queue.publish(new ArrayList<>(due));
            log.debug("Relay put {} deliveries on the queue", due.size());
        }
    }

    private void unstick(DeliveryRef stuck, Instant stuckBefore, Instant ownerGoneBefore, Instant now) {
        Optional<byte[]> copy;
        try {
            copy = stuck.messageId() == null ? Optional.empty() : sentCopies.find(stuck.messageId());
        } catch (IllegalStateException e) {
            log.warn("Delivery {} is left SENDING until the sent-copies folder can be read: {}", stuck.id(),
                    e.getMessage());
            return;
        }
        if (copy.isPresent()) {
            String detail = "Accepted by the SMTP relay before the instance sending it stopped: its copy is in the"
                    + " sent-copies folder (" + stuck.messageId() + "), so it is not sent again";
            boolean sent = Boolean.TRUE.equals(transaction.execute(tx -> deliveries.sentAfterAll(stuck.id(),
                    stuckBefore, ownerGoneBefore, copy.get(), Hashes.sha256Hex(copy.get()), detail, now)));
            if (sent) {
                log.info("Delivery {} ({}) was sent before its instance stopped: SENT, found by its Message-ID",
                        stuck.id(), stuck.kind());
            }
            return;
        }
        boolean attemptsLeft = stuck.attempts() < retryPolicy.maxAttempts();
        DeliveryStatus status = attemptsLeft ? DeliveryStatus.TEMPORARY_FAILURE : DeliveryStatus.PERMANENT_FAILURE;
        String detail = "No outcome was recorded for the attempt: the instance sending it stopped (not seen for "
                + settings.ownerGoneAfter().toSeconds() + " s), or " + settings.sendingTimeout().toMinutes()
                + " minutes passed; "
                + (attemptsLeft ? (sentCopies.address().isPresent() ? "its Message-ID is not among the relay's sent"
                        + " copies, so it is tried again" : "it is tried again")
                        + " with the same Message-ID, so a second copy is recognisable"
                        : "no attempt is left");
        transaction.executeWithoutResult(tx -> {
            if (deliveries.unstickStuck(stuck.id(), stuckBefore, ownerGoneBefore, status, detail, now)) {
                alerts.failed(stuck.id(), stuck.kind(), stuck.caseId(), stuck.role(), stuck.attempts(),
                        "was stuck in SENDING and is marked " + status, null);
            }
        });
    }
}
