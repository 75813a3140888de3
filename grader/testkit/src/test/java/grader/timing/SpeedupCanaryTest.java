package grader.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The speed-up assertion on known inputs: a sequential "parallel" version is never passed,
 * a truly parallel one is never failed. Either may be "not measured" on a busy machine.
 */
class SpeedupCanaryTest {

    private static final LongUnaryOperator WORK = Workloads.busy(60);
    private static final long SIZE = 600_000;

    @Test
    void aSequentialImplementationIsNeverPassed() {
        Throwable outcome = catchThrowable(() ->
                Speedup.of(() -> sumOn(1), () -> sumOn(1)).parts(4).assertFaster());

        assertThat(outcome).isInstanceOfAny(AssertionFailedError.class, TestAbortedException.class);
    }

    @Test
    void aParallelImplementationIsNeverFailed() {
        Throwable outcome = catchThrowable(() ->
                Speedup.of(() -> sumOn(1), () -> sumOn(4)).parts(4).assertFaster());

        assertThat(outcome).satisfiesAnyOf(
                thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isInstanceOf(TestAbortedException.class));
    }

    /** Sums WORK over [0, SIZE) on {@code threads} threads started together. */
    private static long sumOn(int threads) {
        long[] partial = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int part = t;
            workers[t] = new Thread(() -> partial[part] =
                    LongStream.range(SIZE * part / threads, SIZE * (part + 1) / threads).map(WORK).sum());
            workers[t].start();
        }
        long sum = 0;
        for (int t = 0; t < threads; t++) {
            try {
                workers[t].join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            sum += partial[t];
        }
        return sum;
    }
}
