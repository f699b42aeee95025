package uk.org.hscp.notifier.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deliveries with their whole status history, newest first: the read model the delivery log is drawn from.
 * Rows name their case by id; the reader turns ids into references.
 */
public interface DeliveryRows {

    /**
     * @param statuses          any of these; empty for any status
     * @param recipientContains part of the address, any case
     * @param role              a role, which also matches its sub-roles (LIG_MEMBER_AGENCIES matches
     *                          LIG_MEMBER_AGENCIES:POLICE)
     * @param from              created at or after
     * @param before            created before
     */
    record Filter(Optional<Long> caseId, Set<String> statuses, Optional<String> recipientContains,
            Optional<String> role, Optional<Instant> from, Optional<Instant> before, int size) {
    }

    record Row(long id, Long caseId, String noticeKind, Long deadlineId, String recipient, String role,
            String subject, String status, int attempts, String lastSmtpReply, String messageId, String sha256,
            String body, Instant createdAt, Instant sentAt, List<Change> history) {

        @Override
        public String toString() {
            return "Row[" + id + ", " + noticeKind + ", " + role + ", " + status + "]";
        }
    }

    /** One line of a delivery's history: the status from then on, and why. */
    record Change(String status, Instant at, String detail) {
    }

    List<Row> find(Filter filter);

    Optional<Row> find(long id);
}
