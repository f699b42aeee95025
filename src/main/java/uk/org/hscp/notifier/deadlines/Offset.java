package uk.org.hscp.notifier.deadlines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reminder offset from a due moment: working days (-2WD, 0WD, +1WD) or hours (-24H). */
public record Offset(int amount, Kind kind) {

    public enum Kind { WORKING_DAYS, HOURS }

    private static final Pattern FORMAT = Pattern.compile("([+-]?\\d+)(WD|H)");

    public static Offset parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an offset like -2WD, 0WD, +1WD or -24H");
        }
        return new Offset(Integer.parseInt(m.group(1)), m.group(2).equals("WD") ? Kind.WORKING_DAYS : Kind.HOURS);
    }

    @Override
    public String toString() {
        return (amount > 0 ? "+" : "") + amount + (kind == Kind.WORKING_DAYS ? "WD" : "H");
    }
}
