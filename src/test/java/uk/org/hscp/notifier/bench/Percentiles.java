package uk.org.hscp.notifier.bench;

import java.util.List;

/** Nearest-rank percentiles of sorted samples. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
