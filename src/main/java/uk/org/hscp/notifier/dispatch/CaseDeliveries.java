package uk.org.hscp.notifier.dispatch;

import java.time.ZonedDateTime;
import java.util.List;

/** The e-mails sent about a case, as the case page lists them (no addresses). */
public interface CaseDeliveries {

    record Delivery(long id, String role, String noticeKind, String status, ZonedDateTime createdAt,
            ZonedDateTime sentAt) {
    }

    /** Oldest first. */
    List<Delivery> ofCase(long caseId);
}
