package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * The notice and delivery tables as planning uses them: a requested notice locked, one delivery (with its own
 * Message-ID) created per recipient.
 */
public interface NoticePlanning {

    /** A notice not yet planned, locked for planning. */
    record RequestedNotice(long id, NoticeKind kind, Long caseId, Long inboundEmailId, Long deadlineId,
            Long reminderId, List<String> lines) {
    }

    record NewDelivery(long noticeId, NoticeKind kind, Long caseId, Long deadlineId, String recipient, String role) {

        @Override
        public String toString() {
            return "NewDelivery[notice " + noticeId + ", " + kind + ", " + role + "]";
        }
    }

    Optional<RequestedNotice> lockRequested(long noticeId);

    /** Creates a QUEUED delivery with its own Message-ID ({@code <delivery-ID.RANDOM@domain>}); returns its id. */
    long create(NewDelivery delivery, String messageIdDomain, Instant now);

    void planned(long noticeId, Instant now);

    void undeliverable(long noticeId, String detail, Instant now);
}
