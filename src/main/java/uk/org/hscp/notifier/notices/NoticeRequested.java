package uk.org.hscp.notifier.notices;

/** Published when a notice row is written; handled once the writing transaction has committed. */
public record NoticeRequested(long noticeId) {
}
