package uk.org.hscp.notifier.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts due moments exactly as timescales.md says. Working-day, calendar-day, month and year timescales
 * are due at the end (23:59:59, Europe/London) of their last day; hour timescales are elapsed hours.
 */
public final class DeadlineCalculator {

    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** The dates a rule may read; an unknown date is empty. */
    public interface Dates {

        Optional<ZonedDateTime> event(CaseEventType event);

        Optional<ZonedDateTime> deadline(String timescaleId);

        /** The first LIG meeting after the day. */
        Optional<LocalDate> meetingAfter(LocalDate day);

        /** When the deadline's clock started (for rules that count from the start). */
        Optional<ZonedDateTime> start();
    }

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The due moment, or empty while a date it needs is unknown. */
    public Optional<ZonedDateTime> due(DueRule rule, Dates dates) {
        if (rule instanceof DueRule.After after) {
            return dates.event(after.event()).map(from -> after(from, after.amount(), after.unit()));
        }
        if (rule instanceof DueRule.Before before) {
            return dates.event(before.event()).map(at -> before(at.toLocalDate(), before.amount(), before.unit()));
        }
        if (rule instanceof DueRule.EarliestOf earliest) {
            return earliest.rules().stream().map(r -> due(r, dates)).flatMap(Optional::stream)
                    .min(Comparator.naturalOrder());
        }
        if (rule instanceof DueRule.WithDeadline with) {
            return dates.deadline(with.timescaleId());
        }
        DueRule.BeforeNextMeeting beforeMeeting = (DueRule.BeforeNextMeeting) rule;
        return dates.start().flatMap(start -> dates.meetingAfter(start.toLocalDate()))
                .map(meeting -> endOf(calendar.subtractWorkingDays(meeting, beforeMeeting.amount())));
    }

    ZonedDateTime after(ZonedDateTime from, int amount, DueRule.Unit unit) {
        LocalDate day0 = from.withZoneSameInstant(zone).toLocalDate();
        return switch (unit) {
            case HOURS -> from.toInstant().plusSeconds(3600L * amount).atZone(zone);
            case WORKING_DAYS -> endOf(calendar.addWorkingDays(day0, amount));
            case CALENDAR_DAYS -> endOf(day0.plusDays(amount));
            case MONTHS -> endOf(day0.plusMonths(amount));   // 31 Aug + 6 months = 28 (or 29) Feb
            case YEARS -> endOf(day0.plusYears(amount));
        };
    }

    ZonedDateTime before(LocalDate day, int amount, DueRule.Unit unit) {
        return switch (unit) {
            case HOURS -> day.atStartOfDay(zone).minusHours(amount);
            case WORKING_DAYS -> endOf(calendar.subtractWorkingDays(day, amount));
            case CALENDAR_DAYS -> endOf(day.minusDays(amount));
            case MONTHS -> endOf(day.minusMonths(amount));
            case YEARS -> endOf(day.minusYears(amount));
        };
    }

    public ZonedDateTime endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(zone);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }
}
