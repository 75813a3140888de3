package ex01;

import java.util.function.LongUnaryOperator;

/**
 * Adds up work(i) over a range, one part per thread:
 * <pre>
 *   from ┌──────┬──────┬──────┐ to     each part, a thread: «la suma de cada parte»
 *        └──────┴──────┴──────┘
 * </pre>
 */
public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        // TODO 1  Reject threads < 1 with an IllegalArgumentException.
        // TODO 2  Split the range into parts, one thread per part: start them all, then join them all.
        // TODO 3  Return the sum of the partial sums.
        throw new UnsupportedOperationException("TODO: ParallelSum.sum");
    }
}
