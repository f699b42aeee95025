package uk.org.hscp.notifier.platform;

import org.slf4j.MDC;

/**
 * The identifiers a log line carries as fields (MDC), set where work enters the service (a mailbox poll, a
 * queue consumer, a web request) and removed when it leaves: never a name or anything personal, only the
 * case reference, the journal id of an e-mail, a delivery id and an e-mail's Message-ID. In the production
 * profile each line is one ECS JSON object with these as fields; the embedded console shows them nowhere.
 */
public final class LogContext {

    public static final String CASE_REFERENCE = "case.reference";
    public static final String JOURNAL_ID = "email.journal_id";
    public static final String MESSAGE_ID = "email.message_id";
    public static final String DELIVERY_ID = "delivery.id";

    private static final String[] ALL = {CASE_REFERENCE, JOURNAL_ID, MESSAGE_ID, DELIVERY_ID};

    private LogContext() {
    }

    /** Sets a field for the lines that follow on this thread; a null value removes it. */
    public static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, String.valueOf(value));
        }
    }

    /** Removes every field this class sets: called when the work leaves the service. */
    public static void clear() {
        for (String key : ALL) {
            MDC.remove(key);
        }
    }
}
