package uk.org.hscp.notifier.deadlines;

import java.time.LocalDate;

/**
 * How soon a deadline needs acting on, as the Today page shows it: RED when overdue, AMBER when due within two
 * working days, GREEN within five, LATER beyond.
 */
public enum Urgency {
    RED("Overdue"), AMBER("Due soon"), GREEN("Due this week"), LATER("Later");

    /** How far ahead the Today page looks. */
    public static final int HORIZON_WORKING_DAYS = 5;
    private static final int AMBER_WORKING_DAYS = 2;

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @param overdue whether the due moment has passed (a deadline due today may still be open) */
    public static Urgency of(LocalDate dueDate, boolean overdue, LocalDate today, WorkingDayCalendar calendar) {
        if (overdue) {
            return RED;
        }
        if (!dueDate.isAfter(calendar.addWorkingDays(today, AMBER_WORKING_DAYS))) {
            return AMBER;
        }
        if (!dueDate.isAfter(calendar.addWorkingDays(today, HORIZON_WORKING_DAYS))) {
            return GREEN;
        }
        return LATER;
    }
}
