package grader.timing;

/**
 * One attempt at measuring a speed-up: the submission run sequentially and in parallel, and the
 * calibration kernel, all timed in the same window of alternating rounds.
 *
 * @param cores       processors available to the JVM
 * @param sequential  wall times of the sequential run, one per round
 * @param parallel    wall times of the parallel run, one per round
 * @param coresBusy   process CPU ÷ wall time of the fastest parallel run (NaN if unknown)
 * @param calibrationSequential wall times of the calibration kernel on one thread
 * @param calibrationParallel   wall times of the calibration kernel on several threads
 */
public record Measurement(int cores, Timings sequential, Timings parallel, double coresBusy,
                          Timings calibrationSequential, Timings calibrationParallel) {

    /**
     * Below this calibration the machine is not delivering parallel speed: no verdict. A job on
     * as many threads as the submission's gains about 1.4× on two cores while another process
     * keeps one of them busy, and about 1.9× on two idle cores.
     */
    static final double CONCLUSIVE_CALIBRATION = 1.3;
    /** A window where a median run is this much slower than the best one is too noisy to judge. */
    static final double MAX_SPREAD = 1.25;
    /** A parallel run that kept fewer cores busy than this on average did not run in parallel. */
    static final double MIN_CORES_BUSY_WHEN_FASTER = 1.2;

    /** Best sequential time over best parallel time. */
    public double speedup() {
        return sequential.best() / Math.max(parallel.best(), 1);
    }

    /** The same ratio for the calibration kernel: the parallel speed the machine delivers now. */
    public double calibration() {
        return calibrationSequential.best() / Math.max(calibrationParallel.best(), 1);
    }

    /**
     * The speed-up the submission must reach to pass: half of the gain the calibration kernel
     * showed in the same window, and never less than 1.2.
     */
    public double required() {
        return Math.max(1.2, 1 + 0.5 * (calibration() - 1));
    }

    /**
     * Below this speed-up the submission gained less than a quarter of what the calibration
     * gained in the same window: it ran sequentially. Between this and {@link #required()} the
     * window shows neither, and gives no verdict; so a correct submission that a disturbed
     * window slowed down is measured again rather than failed.
     */
    public double sequentialBelow() {
        return 1 + 0.25 * (calibration() - 1);
    }

    /** Whether other work on the machine disturbed the timings too much to compare them. */
    public boolean noisy() {
        return sequential.spread() > MAX_SPREAD || parallel.spread() > MAX_SPREAD
                || calibrationSequential.spread() > MAX_SPREAD || calibrationParallel.spread() > MAX_SPREAD;
    }

    /**
     * FASTER or NOT_FASTER only on evidence: the machine delivers parallel speed and the window
     * was steady; the submission either reached half of the calibration's gain with more than one
     * core busy (a sequential run that merely got luckier than its twin is not a speed-up), or
     * gained less than a quarter of it.
     */
    public Verdict verdict() {
        if (calibration() < CONCLUSIVE_CALIBRATION || noisy()) {
            return Verdict.INCONCLUSIVE;
        }
        if (speedup() < sequentialBelow()) {
            return Verdict.NOT_FASTER;
        }
        boolean reallyParallel = Double.isNaN(coresBusy) || coresBusy >= MIN_CORES_BUSY_WHEN_FASTER;
        return speedup() >= required() && reallyParallel ? Verdict.FASTER : Verdict.INCONCLUSIVE;
    }

    /** What a measurement concludes. */
    public enum Verdict {
        FASTER, NOT_FASTER, INCONCLUSIVE
    }
}
