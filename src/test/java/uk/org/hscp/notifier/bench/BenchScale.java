package uk.org.hscp.notifier.bench;

import java.nio.file.Path;

/**
 * How big a benchmark run is. {@code -Dbench.full=true} (the bench Maven profile) runs the sizes the targets
 * are about and writes target/bench/; otherwise the same code runs at a size that takes seconds (the smoke
 * test in the normal suite) and writes target/bench-smoke/.
 */
public record BenchScale(boolean full) {

    public static final BenchScale SMOKE = new BenchScale(false);

    public static BenchScale fromSystemProperties() {
        return new BenchScale(Boolean.getBoolean("bench.full"));
    }

    public int pick(int fullSize, int smokeSize) {
        return full ? fullSize : smokeSize;
    }

    public Path outputDirectory() {
        return Path.of("target", full ? "bench" : "bench-smoke");
    }
}
