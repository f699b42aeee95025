package uk.org.hscp.notifier.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * England and Wales working days: Monday to Friday, not a bank holiday (substitute and one-off days
 * included). It knows the span its holiday data covers and refuses to answer outside it rather than guess.
 */
public final class WorkingDayCalendar {

    private final NavigableMap<LocalDate, String> holidays;
    private final LocalDate coveredFrom;
    private final LocalDate coveredUntil;

    public WorkingDayCalendar(Map<LocalDate, String> holidays, LocalDate coveredFrom, LocalDate coveredUntil) {
        if (coveredUntil.isBefore(coveredFrom)) {
            throw new IllegalArgumentException("coveredUntil is before coveredFrom");
        }
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.coveredFrom = coveredFrom;
        this.coveredUntil = coveredUntil;
    }

    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day);
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** Day 0 is {@code start}, whatever day it is; day 1 is the first working day after it. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return step(start, days, 1);
    }

    /** The working day {@code days} working days before {@code start} (day 0). */
    public LocalDate subtractWorkingDays(LocalDate start, int days) {
        return step(start, days, -1);
    }

    /** {@code day} itself when it is a working day, else the working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to is not after from). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public Map<LocalDate, String> holidays(Year year) {
        return holidays.subMap(year.atDay(1), true, year.atDay(year.length()), true);
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    private LocalDate step(LocalDate start, int days, int direction) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of working days must not be negative: " + days);
        }
        LocalDate day = start;
        for (int left = days; left > 0;) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private void requireCovered(LocalDate day) {
        if (day.isAfter(coveredUntil) || day.isBefore(coveredFrom)) {
            throw new CalendarNotCoveredException(day, coveredFrom, coveredUntil);
        }
    }

    /** A date outside the span the bank holiday data covers: update config/bank-holidays.yml. */
    public static final class CalendarNotCoveredException extends IllegalStateException {

        public CalendarNotCoveredException(LocalDate day, LocalDate from, LocalDate until) {
            super("The working-day calendar covers " + from + " to " + until + " only; " + day
                    + " is outside it. Add the bank holidays for that year to config/bank-holidays.yml"
                    + " and move coveredUntil.");
        }
    }
}
