package uk.org.hscp.notifier.dispatch;

/**
 * Where features ask for notices. A request is written in the caller's transaction (an outbox), so a
 * notice exists exactly when the change that caused it was committed.
 */
public interface Notices {

    void request(NoticeRequest request);
}
