package uk.org.hscp.notifier.retention;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What is due when: plain rules, time given as an argument. A record's clock starts at a moment its class names
 * ({@link RecordClass#countedFrom()}); it is due once the class's period has passed since then, counted in the
 * service's time zone (a year is a calendar year); a record of a case under legal hold is never due.
 */
public final class RetentionRules {

    /** The events that end a case; its retention clock starts at the latest of them. */
    public static final Set<String> CASE_ENDING_EVENTS = Set.of("PUBLISHED", "ACTION_PLANS_COMPLETE");

    /** What the purge does with one record now. */
    public enum Verdict { DUE, NOT_YET, HELD, NO_CLOCK }

    /** A case event as the rules need it. */
    public record CaseEvent(String event, Instant occurredAt, boolean corrected) {
    }

    private RetentionRules() {
    }

    /** The moment a record whose clock started at {@code start} falls due. */
    public static Instant dueAt(RetentionSchedule.Rule rule, Instant start, ZoneId zone) {
        return start.atZone(zone).plus(rule.keep()).toInstant();
    }

    /** Records whose clock started before this moment are due at {@code now}: what the purge's queries use. */
    public static Instant startedBefore(RetentionSchedule.Rule rule, Instant now, ZoneId zone) {
        return now.atZone(zone).minus(rule.keep()).toInstant();
    }

    public static Verdict verdict(RetentionSchedule.Rule rule, Optional<Instant> start, boolean held, Instant now,
            ZoneId zone) {
        if (held && rule.recordClass().aboutCases()) {
            return Verdict.HELD;
        }
        if (start.isEmpty()) {
            return Verdict.NO_CLOCK;
        }
        return start.get().isBefore(startedBefore(rule, now, zone)) ? Verdict.DUE : Verdict.NOT_YET;
    }

    /** A period in words for the pages: "30 days", "6 years", "1 year and 6 months". */
    public static String inWords(java.time.Period period) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    /** A case's end: the latest of its (uncorrected) {@link #CASE_ENDING_EVENTS}; none while it goes on. */
    public static Optional<Instant> caseEnd(Collection<CaseEvent> events) {
        return events.stream().filter(e -> !e.corrected() && CASE_ENDING_EVENTS.contains(e.event()))
                .map(CaseEvent::occurredAt).max(Instant::compareTo);
    }
}
