package uk.org.hscp.notifier.deliverylog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The delivery log as CSV, one row per delivery, its history in one cell: the API's and the page's export. */
public final class DeliveryCsv {

    public static final List<String> COLUMNS = List.of("id", "caseReference", "noticeKind", "deadlineId", "recipient",
            "role", "subject", "status", "attempts", "lastSmtpReply", "messageId", "sha256", "body", "createdAt",
            "sentAt", "history");

    private DeliveryCsv() {
    }

    public static String of(List<DeliveryRecord> records) {
        StringBuilder csv = new StringBuilder(Csv.row(COLUMNS));
        for (DeliveryRecord r : records) {
            csv.append(Csv.row(Arrays.asList(Long.toString(r.id()), r.caseReference(), r.noticeKind(),
                    str(r.deadlineId()), r.recipient(), r.role(), r.subject(), r.status(), Integer.toString(r.attempts()),
                    r.lastSmtpReply(), r.messageId(), r.sha256(), r.body(), str(r.createdAt()), str(r.sentAt()),
                    history(r))));
        }
        return csv.toString();
    }

    private static String history(DeliveryRecord record) {
        return record.history().stream()
                .map(h -> h.at() + " " + h.status() + (h.detail() == null ? "" : " (" + h.detail() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
