package uk.org.hscp.notifier.notices;

import java.util.List;

/**
 * Where features ask for notices. A request is written in the caller's transaction (an outbox), so a
 * notice exists exactly when the change that caused it was committed.
 */
public interface Notices {

    /** One notice, planned into deliveries as soon as the caller's transaction commits. */
    void request(NoticeRequest request);

    /**
     * Many notices at once (reminders falling due together), written in one batch. They are not planned one by
     * one after the commit, which would hold the caller up for each: the dispatch relay plans them, once
     * {@code hscp.dispatch.plan-after} has passed.
     */
    void requestAll(List<NoticeRequest> requests);
}
