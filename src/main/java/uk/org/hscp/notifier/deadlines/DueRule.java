package uk.org.hscp.notifier.deadlines;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How a timescale's due moment is counted (timescales.md, "How to count"). */
public sealed interface DueRule {

    enum Unit { HOURS, WORKING_DAYS, CALENDAR_DAYS, MONTHS, YEARS }

    /** The events whose dates the rule reads. */
    Set<CaseEventType> events();

    /** {@code amount} units after the event (day 0 is the event's date; ends at the end of the last day). */
    record After(CaseEventType event, int amount, Unit unit) implements DueRule {
        public Set<CaseEventType> events() {
            return EnumSet.of(event);
        }
    }

    /** {@code amount} units before the event's date, at the end of that day. */
    record Before(CaseEventType event, int amount, Unit unit) implements DueRule {
        public Set<CaseEventType> events() {
            return EnumSet.of(event);
        }
    }

    /** The earlier of two or more rules; a rule whose date is not known yet is left out. */
    record EarliestOf(List<DueRule> rules) implements DueRule {
        public EarliestOf {
            rules = List.copyOf(rules);
        }

        public Set<CaseEventType> events() {
            Set<CaseEventType> all = EnumSet.noneOf(CaseEventType.class);
            rules.forEach(r -> all.addAll(r.events()));
            return all;
        }
    }

    /** Due when another deadline of the case is due (it must happen before that one). */
    record WithDeadline(String timescaleId) implements DueRule {
        public Set<CaseEventType> events() {
            return EnumSet.noneOf(CaseEventType.class);
        }
    }

    /** {@code amount} working days before the next LIG meeting after the start. */
    record BeforeNextMeeting(int amount) implements DueRule {
        public Set<CaseEventType> events() {
            return EnumSet.noneOf(CaseEventType.class);
        }
    }
}
