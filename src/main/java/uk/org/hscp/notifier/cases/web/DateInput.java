package uk.org.hscp.notifier.cases.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The GOV.UK date input (day, month and year fields) read into a date, with the Design System's error messages:
 * what is missing, a date that does not exist, a year of other than four digits, a date outside the range
 * the service can count. {@code name} is how the messages call the date ("the date of the decision").
 */
record DateInput(String day, String month, String year) {

    enum Part { DAY, MONTH, YEAR }

    /** A date, or the error to show with the parts to highlight (all three when the date as a whole is wrong). */
    record Checked(Optional<LocalDate> date, String error, Set<Part> wrongParts) {

        static Checked ok(LocalDate date) {
            return new Checked(Optional.of(date), null, Set.of());
        }

        static Checked wrong(String error, Set<Part> parts) {
            return new Checked(Optional.empty(), error, parts);
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<Part> ALL = Set.of(Part.DAY, Part.MONTH, Part.YEAR);

    Checked check(String name, LocalDate earliest, LocalDate latest, boolean latestIsToday) {
        String theName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Set<Part> missing = new LinkedHashSet<>();
        if (blank(day)) {
            missing.add(Part.DAY);
        }
        if (blank(month)) {
            missing.add(Part.MONTH);
        }
        if (blank(year)) {
            missing.add(Part.YEAR);
        }
        if (missing.size() == 3) {
            return Checked.wrong("Enter " + name, ALL);
        }
        if (!missing.isEmpty()) {
            List<String> parts = new ArrayList<>();
            missing.forEach(p -> parts.add(p.name().toLowerCase(Locale.ROOT)));
            return Checked.wrong(theName + " must include a " + String.join(" and ", parts), missing);
        }
        Optional<Integer> d = number(day);
        Optional<Integer> m = number(month);
        Optional<Integer> y = number(year);
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            return Checked.wrong(theName + " must be a real date", ALL);
        }
        if (year.strip().length() != 4) {
            return Checked.wrong("Year must include 4 numbers", Set.of(Part.YEAR));
        }
        LocalDate date;
        try {
            date = LocalDate.of(y.get(), m.get(), d.get());
        } catch (DateTimeException impossible) {
            return Checked.wrong(theName + " must be a real date", ALL);
        }
        if (date.isAfter(latest)) {
            return Checked.wrong(latestIsToday ? theName + " must be today or in the past"
                    : theName + " must be on or before " + latest.format(SHOWN), ALL);
        }
        if (date.isBefore(earliest)) {
            return Checked.wrong(theName + " must be on or after " + earliest.format(SHOWN), ALL);
        }
        return Checked.ok(date);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<Integer> number(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
