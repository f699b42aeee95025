package uk.org.hscp.notifier.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a deadline's reminders go out, and to whom. Reminders go at the send time (09:00 London) of a
 * working day: before the deadline and on its day to the roles reminded and the HSCP team; after a missed
 * deadline, escalations to those and the escalation roles. A moment already past when the deadline is
 * planned is dropped, but a late-planned deadline still gets one reminder now (an escalation if overdue).
 */
public final class ReminderPlanner {

    public enum Kind { BEFORE_DUE, ON_DUE_DAY, OVERDUE_ESCALATION }

    public record PlannedReminder(Kind kind, Instant fireAt, List<String> roles) {
    }

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final LocalTime sendTime;

    public ReminderPlanner(WorkingDayCalendar calendar, ZoneId zone, LocalTime sendTime) {
        this.calendar = calendar;
        this.zone = zone;
        this.sendTime = sendTime;
    }

    /**
     * @param isNew a new deadline catches up with one reminder now when some of its moments have passed;
     *              a moved deadline does not (its past reminders went out)
     */
    public List<PlannedReminder> plan(Timescale timescale, ZonedDateTime due, Instant now, boolean isNew) {
        List<String> reminded = roles(timescale.reminded(), List.of("HSCP_TEAM"));
        List<String> escalated = roles(reminded, timescale.escalateTo());
        Map<Instant, PlannedReminder> byMoment = new TreeMap<>();
        for (Offset offset : timescale.reminders()) {
            Instant at = beforeOrOnDue(due, offset);
            if (at != null) {
                add(byMoment, new PlannedReminder(offset.amount() < 0 ? Kind.BEFORE_DUE : Kind.ON_DUE_DAY, at, reminded));
            }
        }
        for (Offset offset : timescale.escalations()) {
            add(byMoment, new PlannedReminder(Kind.OVERDUE_ESCALATION, afterDue(due, offset), escalated));
        }
        List<PlannedReminder> future = new ArrayList<>();
        boolean droppedSome = false;
        for (PlannedReminder reminder : byMoment.values()) {
            if (reminder.fireAt().isAfter(now)) {
                future.add(reminder);
            } else {
                droppedSome = true;
            }
        }
        if (droppedSome && isNew) {
            future.add(0, catchUp(due, now, reminded, escalated));
        }
        return List.copyOf(future);
    }

    /** One reminder now for a deadline planned after its reminder moments passed. */
    private PlannedReminder catchUp(ZonedDateTime due, Instant now, List<String> reminded, List<String> escalated) {
        if (!due.toInstant().isAfter(now)) {
            return new PlannedReminder(Kind.OVERDUE_ESCALATION, now, escalated);
        }
        boolean dueToday = due.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return new PlannedReminder(dueToday ? Kind.ON_DUE_DAY : Kind.BEFORE_DUE, now, reminded);
    }

    /** The send time of the working day {@code offset} before the due day; null if that is after the due moment. */
    private Instant beforeOrOnDue(ZonedDateTime due, Offset offset) {
        ZonedDateTime at;
        if (offset.kind() == Offset.Kind.HOURS) {
            at = latestSendTimeNotAfter(due.minusHours(Math.abs(offset.amount())));
        } else {
            LocalDate dueDay = calendar.workingDayOnOrBefore(due.toLocalDate());
            at = calendar.subtractWorkingDays(dueDay, Math.abs(offset.amount())).atTime(sendTime).atZone(zone);
        }
        return at.isAfter(due) ? null : at.toInstant();
    }

    private Instant afterDue(ZonedDateTime due, Offset offset) {
        LocalDate dueDay = calendar.workingDayOnOrBefore(due.toLocalDate());
        ZonedDateTime at = calendar.addWorkingDays(dueDay, offset.amount()).atTime(sendTime).atZone(zone);
        return at.toInstant();
    }

    /** The latest working-day send time at or before the moment. */
    private ZonedDateTime latestSendTimeNotAfter(ZonedDateTime moment) {
        LocalDate day = moment.toLocalDate();
        if (moment.toLocalTime().isBefore(sendTime)) {
            day = day.minusDays(1);
        }
        return calendar.workingDayOnOrBefore(day).atTime(sendTime).atZone(zone);
    }

    private static void add(Map<Instant, PlannedReminder> byMoment, PlannedReminder reminder) {
        byMoment.merge(reminder.fireAt(), reminder, (a, b) -> new PlannedReminder(
                a.kind().compareTo(b.kind()) >= 0 ? a.kind() : b.kind(), a.fireAt(), roles(a.roles(), b.roles())));
    }

    private static List<String> roles(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
