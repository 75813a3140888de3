package grader.timing;

import java.util.Arrays;

/** Wall times of the same run repeated in one window, in nanoseconds. */
public record Timings(long... nanos) {

    public Timings {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("at least one timing is needed");
        }
        nanos = nanos.clone();
    }

    /** The fastest run: other work on the machine only ever slows a run down. */
    public double best() {
        return Arrays.stream(nanos).min().getAsLong();
    }

    public double median() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Median over best: 1.0 for a steady window, larger when the machine was disturbed. */
    public double spread() {
        return median() / Math.max(best(), 1);
    }
}
