package grader.timing;

/**
 * One attempt at measuring a speed-up: the best times of the submission run sequentially and in
 * parallel, and of the calibration kernel, all taken in the same window of alternating rounds.
 *
 * @param cores           processors available to the JVM
 * @param sequentialNanos best wall time of the sequential run
 * @param parallelNanos   best wall time of the parallel run
 * @param coresBusy       process CPU ÷ wall time of that best parallel run
 * @param calibration     speed-up the calibration kernel achieved in the same window
 */
public record Measurement(int cores, long sequentialNanos, long parallelNanos, double coresBusy, double calibration) {

    /** Below this calibration the machine is not delivering parallel speed: no verdict. */
    static final double CONCLUSIVE_CALIBRATION = 1.35;

    public double speedup() {
        return (double) sequentialNanos / Math.max(parallelNanos, 1);
    }

    /**
     * The speed-up the submission must reach: half of the gain the calibration kernel showed in
     * the same window, and never less than 1.2.
     */
    public double required() {
        return Math.max(1.2, 1 + 0.5 * (calibration - 1));
    }

    public Verdict verdict() {
        if (calibration < CONCLUSIVE_CALIBRATION) {
            return Verdict.INCONCLUSIVE;
        }
        return speedup() >= required() ? Verdict.FASTER : Verdict.NOT_FASTER;
    }

    /** What a measurement concludes. */
    public enum Verdict {
        FASTER, NOT_FASTER, INCONCLUSIVE
    }
}
