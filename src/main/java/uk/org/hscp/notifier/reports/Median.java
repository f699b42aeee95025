package uk.org.hscp.notifier.reports;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** The median of whole numbers: the middle value, or the mean of the two middle values; empty for none. */
public final class Median {

    private Median() {
    }

    public static OptionalDouble of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /** For a table cell: "2", "2.5", or "–" when there is nothing to take the median of. */
    public static String format(OptionalDouble median) {
        if (median.isEmpty()) {
            return "–";
        }
        double value = median.getAsDouble();
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
