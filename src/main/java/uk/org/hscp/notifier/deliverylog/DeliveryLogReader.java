package uk.org.hscp.notifier.deliverylog;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.dispatch.DeliveryRows;

/**
 * The delivery log from dispatch's deliveries ({@link DeliveryRows}) with each case named by its reference
 * (from the cases module); whole days in the service's zone.
 */
@Component
class DeliveryLogReader implements DeliveryLog {

    private final DeliveryRows rows;
    private final Cases cases;
    private final ZoneId zone;

    DeliveryLogReader(DeliveryRows rows, Cases cases, ZoneId zone) {
        this.rows = rows;
        this.cases = cases;
        this.zone = zone;
    }

    @Override
    public List<DeliveryRecord> find(DeliveryQuery query) {
        Optional<Long> caseId = Optional.empty();
        if (query.caseReference().isPresent()) {
            caseId = reference(query.caseReference().get()).flatMap(cases::findByReference).map(CaseSummary::id);
            if (caseId.isEmpty()) {
                return List.of(); // no such case: none of its deliveries
            }
        }
        var filter = new DeliveryRows.Filter(caseId, query.statuses(), query.recipient(), query.role(),
                query.from().map(day -> day.atStartOfDay(zone).toInstant()),
                query.to().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()), query.size());
        return records(rows.find(filter));
    }

    @Override
    public Optional<DeliveryRecord> find(long id) {
        return rows.find(id).map(row -> records(List.of(row)).get(0));
    }

    private static Optional<CaseReference> reference(String text) {
        try {
            return Optional.of(new CaseReference(text));
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
    }

    private List<DeliveryRecord> records(List<DeliveryRows.Row> found) {
        Map<Long, String> references = cases.references(found.stream().map(DeliveryRows.Row::caseId)
                .filter(Objects::nonNull).toList());
        return found.stream().map(row -> new DeliveryRecord(row.id(),
                row.caseId() == null ? null : references.get(row.caseId()), row.noticeKind(), row.deadlineId(),
                row.recipient(), row.role(), row.subject(), row.status(), row.attempts(), row.lastSmtpReply(),
                row.messageId(), row.sha256(), row.body(), row.createdAt(), row.sentAt(),
                row.history().stream().map(change -> new DeliveryRecord.StatusChange(change.status(), change.at(),
                        change.detail())).toList()))
                .toList();
    }
}
