package uk.org.hscp.notifier.dispatch;

import uk.org.hscp.notifier.notices.NoticeKind;

/** What is needed to act on a delivery without its content. */
public record DeliveryRef(long id, long noticeId, NoticeKind kind, Long caseId, String role, DeliveryStatus status,
        int attempts, String messageId) {
}
