// MISTAKE: adds everything up on the calling thread; no thread is ever created.
// REPLACES: ex01/ParallelSum.java
// CAUGHT BY: ParallelSumConcurrencyTest#runsAllPartsAtTheSameTime ParallelSumSpeedupTest#fourThreadsAreFasterThanOne ParallelSumArchitectureTest#startsAndJoinsItsOwnThreads
package ex01;

import java.util.function.LongUnaryOperator;

public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Range range = new Range(from, to);
        long sum = 0;
        for (long i = range.from(); i < range.to(); i++) {
            try {
                sum += work.applyAsLong(i);
            } catch (RuntimeException e) {
                throw new IllegalStateException("work failed at " + i, e);
            }
        }
        return sum;
    }
}
