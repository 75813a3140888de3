package grader.timing;

/**
 * A job known to run in parallel: pure arithmetic split over fresh threads, started and joined
 * like a student's. Timed beside the submission, it tells whether this machine is delivering
 * parallel speed right now.
 */
final class CalibrationKernel {

    /** Keeps the JIT from discarding the arithmetic. */
    private static volatile long sink;

    private final int threads;
    private long iterations = 1 << 20;

    CalibrationKernel(int threads) {
        this.threads = threads;
    }

    /** Scales the job so that one sequential run takes about {@code targetNanos}. */
    void sizeTo(long targetNanos) {
        for (int round = 0; round < 6; round++) {
            long took = Clock.wallNanos(this::runSequential);
            iterations = Math.max(1 << 16, (long) (iterations * (double) targetNanos / Math.max(took, 1)));
        }
    }

    void runSequential() {
        sink += spin(iterations, 1);
    }

    void runParallel() {
        long share = iterations / threads;
        long[] partial = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            workers[i] = new Thread(() -> partial[part] = spin(share, part + 1), "calibration-" + i);
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
            total += partial[i];
        }
        sink += total;
    }

    private static long spin(long iterations, long seed) {
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (long i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
