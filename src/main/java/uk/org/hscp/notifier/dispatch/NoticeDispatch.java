package uk.org.hscp.notifier.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequested;

/**
 * Turns a requested notice into deliveries, one per recipient, and puts their ids on dispatch.outbound.
 * Runs once the transaction that wrote the notice has committed; a notice missed then (a crash, the broker
 * away) is planned by {@link DispatchRelay}. Planning the same notice twice creates nothing twice: it is
 * locked and planned only while REQUESTED.
 */
@Component
public class NoticeDispatch {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatch.class);

    private final NoticePlanning deliveries;
    private final DeadlineLookup deadlines;
    private final InboundEmailLookup emails;
    private final CaseReferrers cases;
    private final Recipients recipients;
    private final DispatchSettings settings;
    private final DeliveryQueue queue;
    private final DeliveryAlerts alerts;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    NoticeDispatch(NoticePlanning deliveries, DeadlineLookup deadlines, InboundEmailLookup emails, CaseReferrers cases,
            Recipients recipients, DispatchSettings settings, DeliveryQueue queue, DeliveryAlerts alerts,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.deadlines = deadlines;
        this.emails = emails;
        this.cases = cases;
        this.recipients = recipients;
        this.settings = settings;
        this.queue = queue;
        this.alerts = alerts;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** After the requesting transaction commits (at once when there was none). Never throws at the requester. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onNoticeRequested(NoticeRequested event) {
        try {
            planAndPublish(event.noticeId());
        } catch (RuntimeException e) {
            log.warn("Notice {} could not be dispatched now ({}); the relay will pick it up", event.noticeId(),
                    e.getClass().getSimpleName());
        }
    }

    public void planAndPublish(long noticeId) {
        Planned planned = newTransaction.execute(status -> plan(noticeId));
        if (planned != null && !planned.deliveryIds().isEmpty()) {
            queue.publish(planned.deliveryIds(), planned.kind().answersSender()
                    ? DeliveryQueue.Priority.REPLY : DeliveryQueue.Priority.NORMAL);
        }
    }

    /** The deliveries a notice became. */
    record Planned(NoticeKind kind, List<Long> deliveryIds) {
    }

    /** Plans a REQUESTED notice in the caller's transaction; no delivery ids when it was already planned. */
    Planned plan(long noticeId) {
        var found = deliveries.lockRequested(noticeId);
        if (found.isEmpty()) {
            return new Planned(null, List.of());
        }
        var notice = found.get();
        Instant now = clock.instant();
        List<String> reminderRoles = notice.reminderId() == null ? List.of()
                : deadlines.reminderRoles(notice.reminderId());
        Optional<String> agency = notice.deadlineId() == null ? Optional.empty()
                : deadlines.agency(notice.deadlineId());
        Optional<String> sender = needsSender(notice.kind(), reminderRoles)
                ? senderOf(notice) : Optional.empty();
        if (sender.isPresent() && sender.get().equalsIgnoreCase(settings.fromAddress())) {
            // the HSCP team sent the form from the watched mailbox itself: it needs no reply from itself
            if (recipients.rolesFor(notice.kind()).equals(List.of(RecipientRole.SENDER.name()))) {
                deliveries.planned(noticeId, now);
                log.info("Notice {} ({}) answers the service's own mailbox: nothing sent", noticeId, notice.kind());
                return new Planned(notice.kind(), List.of());
            }
            sender = Optional.empty();
        }
        var resolution = recipients.resolve(notice.kind(), reminderRoles, sender, agency);

        if (resolution.recipients().isEmpty()) {
            String detail = "No recipient could be found. " + String.join(" ", resolution.problems());
            deliveries.undeliverable(noticeId, detail, now);
            alerts.undeliverable(noticeId, notice.kind(), notice.caseId(), resolution.problems());
            return new Planned(notice.kind(), List.of());
        }
        if (!resolution.problems().isEmpty()) {
            alerts.undeliverable(noticeId, notice.kind(), notice.caseId(), resolution.problems());
        }
        List<Long> ids = new ArrayList<>();
        for (var recipient : resolution.recipients()) {
            Long deadlineId = notice.deadlineId();
            if (deadlineId == null && notice.caseId() != null) {
                deadlineId = settings.timescaleOf(notice.kind())
                        .flatMap(t -> deadlines.openDeadline(notice.caseId(), t, recipient.agency()))
                        .orElse(null);
            }
            ids.add(deliveries.create(new NoticePlanning.NewDelivery(noticeId, notice.kind(), notice.caseId(), deadlineId,
                    recipient.address(), recipient.role()), settings.messageIdDomain(), now));
        }
        deliveries.planned(noticeId, now);
        log.info("Notice {} ({}{}) planned: deliveries {}", noticeId, notice.kind(),
                notice.caseId() == null ? "" : ", case " + notice.caseId(), ids);
        return new Planned(notice.kind(), ids);
    }

    /** The sender of the e-mail answered, else the referrer's address on the case. */
    private Optional<String> senderOf(NoticePlanning.RequestedNotice notice) {
        Optional<String> sender = notice.inboundEmailId() == null ? Optional.empty()
                : emails.sender(notice.inboundEmailId()).filter(s -> !s.isBlank());
        if (sender.isEmpty() && notice.caseId() != null) {
            sender = cases.referrerEmail(notice.caseId()).filter(s -> !s.isBlank());
        }
        return sender;
    }

    /** SENDER and REFERRING_AGENCY are looked up: the e-mail answered, else the case's referrer. */
    private boolean needsSender(NoticeKind kind, List<String> reminderRoles) {
        return java.util.stream.Stream.concat(recipients.rolesFor(kind).stream(), reminderRoles.stream())
                .map(r -> r.strip().toUpperCase(java.util.Locale.ROOT))
                .anyMatch(r -> r.equals(RecipientRole.SENDER.name()) || r.equals(RecipientRole.REFERRING_AGENCY.name()));
    }
}
