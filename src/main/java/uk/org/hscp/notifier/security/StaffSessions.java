package uk.org.hscp.notifier.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of staff users. They live in the database (Spring Session JDBC), shared by every
 * instance and read on every request, so ending them here ends them on every instance at once.
 */
@Component
public class StaffSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user: their next request goes to the sign-in page. How many there were. */
    public int endAllOf(String username) {
        return endAllOf(username, java.util.Optional.empty());
    }

    /** As {@link #endAllOf(String)}, but keeps one session (the user's own, when they change their own password). */
    public int endAllOf(String username, java.util.Optional<String> keep) {
        var ids = sessions.findByPrincipalName(username).keySet().stream().filter(id -> !keep.equals(
                java.util.Optional.of(id))).toList();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }

    /** How many sessions the user has open, on any instance. */
    public int countOf(String username) {
        return sessions.findByPrincipalName(username).size();
    }
}
