package uk.org.hscp.notifier.deliverylog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Filters of the delivery log; every one optional. Dates are whole days in the service's zone, both
 * inclusive, on the time the delivery was created.
 *
 * @param status    one status, or {@value #FAILED} for any of {@link #FAILURE_STATUSES}
 * @param recipient part of the address, any case
 * @param role      a role (NATIONAL_PANEL), which also matches its sub-roles (LIG_MEMBER_AGENCIES matches
 *                  LIG_MEMBER_AGENCIES:POLICE)
 */
public record DeliveryQuery(Optional<String> caseReference, Optional<String> status, Optional<String> recipient,
        Optional<String> role, Optional<LocalDate> from, Optional<LocalDate> to, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 5000;
    /** Every status, in the order a delivery may pass through them. */
    public static final List<String> STATUSES = List.of("QUEUED", "SENDING", "SENT", "TEMPORARY_FAILURE",
            "PERMANENT_FAILURE", "BOUNCED", "CANCELLED");
    /** The status group of deliveries that failed, for now or for good: what the Today page counts as failed. */
    public static final String FAILED = "FAILED";
    public static final Set<String> FAILURE_STATUSES = Set.of("TEMPORARY_FAILURE", "PERMANENT_FAILURE", "BOUNCED");

    /** A filter that cannot be applied; the message says which and why. */
    public static final class InvalidQuery extends IllegalArgumentException {

        public InvalidQuery(String message) {
            super(message);
        }
    }

    public DeliveryQuery {
        caseReference = clean(caseReference);
        status = clean(status).map(s -> s.toUpperCase(Locale.ROOT));
        recipient = clean(recipient);
        role = clean(role).map(s -> s.toUpperCase(Locale.ROOT));
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQuery("size must be between 1 and " + MAX_SIZE);
        }
        if (status.isPresent() && !STATUSES.contains(status.get()) && !status.get().equals(FAILED)) {
            throw new InvalidQuery("status must be one of " + STATUSES + " or " + FAILED);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidQuery("to must not be before from");
        }
    }

    /** The statuses the status filter matches; empty when it matches any. */
    public Set<String> statuses() {
        return status.map(s -> s.equals(FAILED) ? FAILURE_STATUSES : Set.of(s)).orElse(Set.of());
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
