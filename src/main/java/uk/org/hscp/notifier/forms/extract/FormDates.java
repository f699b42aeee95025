package uk.org.hscp.notifier.forms.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as agencies write them: {@code 14/10/2026}, {@code 14.10.26}, {@code 14-10-2026},
 * {@code 14 October 2026}, {@code 14th Oct 2026}, {@code October 14, 2026} and ISO {@code 2026-10-14}.
 * Day first, as in the UK. A two-digit year is the most recent year that is not after {@code today}'s
 * year. An empty cell or N/A is no date.
 */
final class FormDates {

    /** A date cell: a date, nothing (empty or N/A), or text that is not a date we can read. */
    record DateValue(LocalDate date, boolean unreadable) {
        static final DateValue NONE = new DateValue(null, false);
        static final DateValue UNREADABLE = new DateValue(null, true);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?([a-z]+)\\.?,?\\s*(\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private FormDates() {
    }

    static DateValue read(String text, LocalDate today) {
        if (Values.notApplicable(text)) {
            return DateValue.NONE;
        }
        String s = Values.fold(text).toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                int year = year(m.group(4), today);
                return of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return of(year(m.group(3), today), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches() && MONTHS.containsKey(m.group(1))) {
                return of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            return DateValue.UNREADABLE;
        }
        return DateValue.UNREADABLE;
    }

    /** A two-digit year is the most recent year that is not after today's year. */
    static int year(String digits, LocalDate today) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        int candidate = today.getYear() - Math.floorMod(today.getYear(), 100) + value;
        return candidate > today.getYear() ? candidate - 100 : candidate;
    }

    private static DateValue of(int year, int month, int day) {
        return new DateValue(LocalDate.of(year, month, day), false);
    }
}
