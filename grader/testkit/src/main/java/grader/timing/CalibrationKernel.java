package grader.timing;

import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/**
 * A job known to run in parallel, built like the submissions it is timed beside: the sum of
 * {@link Workloads#busy} over a range, run on one thread, then split into equal parts on as many
 * fresh threads as the submission's parallel run has, started together and then joined.
 *
 * <p>Why the same number of threads: the operating system shares the cores among runnable
 * threads, so the share of a busy machine a job gets depends on how many threads it runs. With
 * one core taken by another process, four threads get four fifths of two cores where two threads
 * would get two thirds. A calibration with fewer threads than the submission would then promise
 * less speed than the submission shows, and withhold the verdict. Why the same arithmetic: two
 * hardware threads of one core gain alike from it, whatever the processor.
 */
final class CalibrationKernel {

    /** The arithmetic per number, as in the exercises' speed-up tests. */
    private static final LongUnaryOperator WORK = Workloads.busy(60);
    /** Keeps the JIT from discarding the arithmetic. */
    private static volatile long sink;

    private final int threads;
    private long size = 1 << 14;

    CalibrationKernel(int threads) {
        this.threads = threads;
    }

    /** Scales the job so that one sequential run takes about {@code targetNanos}. */
    void sizeTo(long targetNanos) {
        for (int round = 0; round < 4; round++) {
            long took = Clock.wallNanos(this::runSequential);
            size = Math.max(1 << 10, (long) (size * (double) targetNanos / Math.max(took, 1)));
        }
    }

    void runSequential() {
        sink += sum(0, size);
    }

    void runParallel() {
        long[] partial = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            workers[i] = new Thread(() -> partial[part] = sum(size * part / threads, size * (part + 1) / threads),
                    "calibration-" + i);
            workers[i].start();
        }
        long total = 0;
        for (int i = 0; i < threads; i++) {
            try {
                workers[i].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            total += partial[i]; // join() makes the worker's write visible here
        }
        sink += total;
    }

    private static long sum(long from, long to) {
        return LongStream.range(from, to).map(WORK).sum();
    }
}
