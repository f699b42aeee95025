package uk.org.hscp.notifier.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.audit.AuditChain;
import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.retention.infra.RetentionStore;
import uk.org.hscp.notifier.retention.infra.RetentionStore.CaseClock;

/**
 * Purges what {@code config/retention.yml} says is due, class by class, in batches of {@code batch-size} rows
 * (one transaction each), then writes one audit entry per class with its counts. A case under legal hold is
 * never touched. Also tells the Retention page what will be purged over the coming days.
 */
@Service
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    /** A bound on one run (batches per class): a backlog larger than this is finished by the next day's run. */
    private static final int MAX_BATCHES = 1000;

    /** One class's outcome of a run. */
    public record Outcome(RecordClass recordClass, Disposal then, int count, int heldCases) {
        public String describe() {
            return (then == Disposal.DELETE ? "deleted " : "tombstoned ") + count
                    + (recordClass == RecordClass.FORM_DATA_AND_IDENTITY ? " cases" : "")
                    + (heldCases > 0 ? "; " + heldCases + " case" + (heldCases == 1 ? "" : "s")
                            + " under legal hold left untouched" : "");
        }
    }

    /** What falls due by the horizon: counts per class, and the cases concerned. */
    public record Preview(LocalDate until, Map<RecordClass, Long> counts, List<DueCase> cases) {
    }

    /** A case some of whose records fall due by the horizon (or would, but for its hold). */
    public record DueCase(String reference, String pseudonym, boolean held, List<DueRecord> due) {
    }

    public record DueRecord(RecordClass recordClass, LocalDate on) {
    }

    private final RetentionSchedule schedule;
    private final RetentionStore store;
    private final AuditChain chain;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    RetentionPurge(RetentionSchedule schedule, RetentionStore store, AuditChain chain, AuditTrail audit,
            TransactionTemplate transaction, Clock clock, ZoneId zone) {
        this.schedule = schedule;
        this.store = store;
        this.chain = chain;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = zone;
    }

    /** Purges everything due now; one audit entry per class. */
    public Map<RecordClass, Outcome> purgeDue() {
        Instant now = clock.instant();
        List<CaseClock> cases = store.cases();
        Map<RecordClass, Outcome> outcomes = new EnumMap<>(RecordClass.class);
        for (RecordClass recordClass : RecordClass.values()) {
            RetentionSchedule.Rule rule = schedule.rule(recordClass);
            Instant before = RetentionRules.startedBefore(rule, now, zone);
            List<Long> due = dueCases(rule, cases, now, RetentionRules.Verdict.DUE);
            // the classes counted from a case's end: how many held cases would otherwise be due
            int held = recordClass == RecordClass.ACCEPTED_EMAIL_RAW || recordClass == RecordClass.FORM_DATA_AND_IDENTITY
                    ? heldCasesOtherwiseDue(rule, cases, now) : 0;
            int count = switch (recordClass) {
                case QUARANTINED_UNKNOWN_SENDER -> inBatches(() -> store.purgeUnknownSender(rule.then(), before,
                        schedule.batchSize(), now));
                case ACCEPTED_EMAIL_RAW -> inBatches(() -> store.purgeAcceptedRaw(before, due, schedule.batchSize(), now));
                case FORM_DATA_AND_IDENTITY -> identity(due, now);
                case DELIVERY_BODIES -> inBatches(() -> store.purgeDeliveryBodies(before, schedule.batchSize(), now));
                case AUDIT_ENTRIES -> inBatches(() -> chain.purgeBefore(before, schedule.batchSize(), clock));
            };
            Outcome outcome = new Outcome(recordClass, rule.then(), count, held);
            outcomes.put(recordClass, outcome);
            audit.recordByService(AuditTrail.Action.RETENTION_PURGE, "retention:" + recordClass.key(),
                    outcome.describe() + " (keep " + rule.keep() + " from " + recordClass.countedFrom() + ")");
            log.info("Retention {}: {}", recordClass.key(), outcome.describe());
        }
        return outcomes;
    }

    private int identity(List<Long> due, Instant now) {
        int total = 0;
        for (int from = 0; from < due.size(); from += schedule.batchSize()) {
            List<Long> batch = due.subList(from, Math.min(due.size(), from + schedule.batchSize()));
            total += transaction.execute(tx -> store.purgeIdentity(batch, now));
        }
        return total;
    }

    private int inBatches(java.util.function.IntSupplier batch) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int n = transaction.execute(tx -> batch.getAsInt());
            total += n;
            if (n < schedule.batchSize()) {
                break;
            }
        }
        return total;
    }

    /** The cases whose records of this class are due now ({@code DUE}) or would be but for a hold. */
    private List<Long> dueCases(RetentionSchedule.Rule rule, List<CaseClock> cases, Instant now,
            RetentionRules.Verdict wanted) {
        return cases.stream()
                .filter(c -> rule.recordClass() != RecordClass.FORM_DATA_AND_IDENTITY || c.identityPurgedAt() == null)
                .filter(c -> RetentionRules.verdict(rule, c.end(), c.held(), now, zone) == wanted)
                .map(CaseClock::id).toList();
    }

    private int heldCasesOtherwiseDue(RetentionSchedule.Rule rule, List<CaseClock> cases, Instant now) {
        return (int) cases.stream().filter(CaseClock::held)
                .filter(c -> RetentionRules.verdict(rule, c.end(), false, now, zone) == RetentionRules.Verdict.DUE)
                .count();
    }

    /** What a purge on each of the coming days would take, up to {@code days} from now. */
    public Preview preview(int days) {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(days));
        List<CaseClock> cases = store.cases();
        java.util.Set<Long> withRawEmails = store.casesWithRawEmails();
        Map<RecordClass, Long> counts = new EnumMap<>(RecordClass.class);
        for (RecordClass recordClass : RecordClass.values()) {
            RetentionSchedule.Rule rule = schedule.rule(recordClass);
            Instant before = RetentionRules.startedBefore(rule, horizon, zone);
            List<Long> due = dueCases(rule, cases, horizon, RetentionRules.Verdict.DUE);
            counts.put(recordClass, switch (recordClass) {
                case QUARANTINED_UNKNOWN_SENDER -> store.countUnknownSender(before);
                case ACCEPTED_EMAIL_RAW -> store.countAcceptedRaw(before, due);
                case FORM_DATA_AND_IDENTITY -> (long) due.size();
                case DELIVERY_BODIES -> store.countDeliveryBodies(before);
                case AUDIT_ENTRIES -> store.countAuditEntries(before);
            });
        }
        List<DueCase> dueCases = new ArrayList<>();
        for (CaseClock c : cases) {
            if (c.end().isEmpty()) {
                continue;
            }
            List<DueRecord> records = new ArrayList<>();
            for (RecordClass recordClass : List.of(RecordClass.ACCEPTED_EMAIL_RAW, RecordClass.FORM_DATA_AND_IDENTITY)) {
                if (recordClass == RecordClass.FORM_DATA_AND_IDENTITY && c.identityPurgedAt() != null
                        || recordClass == RecordClass.ACCEPTED_EMAIL_RAW && !withRawEmails.contains(c.id())) {
                    continue;
                }
                RetentionSchedule.Rule rule = schedule.rule(recordClass);
                if (RetentionRules.verdict(rule, c.end(), false, horizon, zone) == RetentionRules.Verdict.DUE) {
                    Instant on = RetentionRules.dueAt(rule, c.end().get(), zone);
                    records.add(new DueRecord(recordClass, (on.isBefore(now) ? now : on).atZone(zone).toLocalDate()));
                }
            }
            if (!records.isEmpty()) {
                dueCases.add(new DueCase(c.reference(), c.pseudonym(), c.held(), records));
            }
        }
        return new Preview(horizon.atZone(zone).toLocalDate(), counts, dueCases);
    }

    /** For messages: the class's rule in words. */
    public String describe(RecordClass recordClass) {
        RetentionSchedule.Rule rule = schedule.rule(recordClass);
        return "kept " + RetentionRules.inWords(rule.keep()) + " from " + recordClass.countedFrom() + ", then "
                + rule.then().name().toLowerCase(Locale.ROOT);
    }

    public Optional<RetentionSchedule.Rule> rule(RecordClass recordClass) {
        return Optional.ofNullable(schedule.rule(recordClass));
    }
}
