package uk.org.hscp.notifier.settings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DueRule;
import uk.org.hscp.notifier.deadlines.Offset;

/** The timescale catalogue's counting rules and reminder offsets as the HSCP team would say them. */
public final class InWords {

    private InWords() {
    }

    public static String due(DueRule rule) {
        if (rule instanceof DueRule.After after) {
            return amount(after.amount(), after.unit()) + " after " + event(after.event());
        }
        if (rule instanceof DueRule.Before before) {
            return amount(before.amount(), before.unit()) + " before " + event(before.event());
        }
        if (rule instanceof DueRule.EarliestOf earliest) {
            return "the earlier of " + earliest.rules().stream().map(InWords::due).collect(Collectors.joining(" and "));
        }
        if (rule instanceof DueRule.WithDeadline with) {
            return "when the " + with.timescaleId() + " deadline is due";
        }
        DueRule.BeforeNextMeeting meeting = (DueRule.BeforeNextMeeting) rule;
        return amount(meeting.amount(), DueRule.Unit.WORKING_DAYS) + " before the next LIG meeting";
    }

    /** "2 working days before", "on the day", "1 working day after", "24 hours before". */
    public static String offset(Offset offset) {
        if (offset.amount() == 0) {
            return offset.kind() == Offset.Kind.WORKING_DAYS ? "on the day" : "at the due time";
        }
        DueRule.Unit unit = offset.kind() == Offset.Kind.WORKING_DAYS ? DueRule.Unit.WORKING_DAYS : DueRule.Unit.HOURS;
        return amount(Math.abs(offset.amount()), unit) + (offset.amount() < 0 ? " before" : " after");
    }

    public static String offsets(List<Offset> offsets) {
        return offsets.stream().map(InWords::offset).collect(Collectors.joining(", "));
    }

    public static String event(CaseEventType event) {
        return event == null ? "" : event.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String amount(int amount, DueRule.Unit unit) {
        String name = switch (unit) {
            case HOURS -> "hour";
            case WORKING_DAYS -> "working day";
            case CALENDAR_DAYS -> "day";
            case MONTHS -> "month";
            case YEARS -> "year";
        };
        return amount + " " + name + (amount == 1 ? "" : "s");
    }
}
