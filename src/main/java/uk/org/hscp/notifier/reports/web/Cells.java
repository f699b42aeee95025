package uk.org.hscp.notifier.reports.web;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import uk.org.hscp.notifier.reports.Median;

/** How the page writes a median or a maximum that may be missing (nothing to take it of): an en dash. */
public final class Cells {

    public String median(OptionalDouble median) {
        return Median.format(median);
    }

    public String max(OptionalInt max) {
        return max.isPresent() ? Integer.toString(max.getAsInt()) : "–";
    }

    public String words(String constant) {
        return constant.replace('_', ' ').replace(":", ": ");
    }
}
