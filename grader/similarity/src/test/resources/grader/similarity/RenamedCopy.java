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

    // my own solution
    public static long sum(long lo, long hi, int n, LongUnaryOperator f) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one thread: " + n);
        }
        long chunk = (hi - lo + n - 1) / n;
        long[] results = new long[n];
        Thread[] pool = new Thread[n];
        for (int k = 0; k < n; k++) {
            int idx = k;
            long a = Math.min(hi, lo + idx * chunk);
            long b = Math.min(hi, a + chunk);
            pool[k] = new Thread(() -> {
                long acc = 0;
                for (long x = a; x < b; x++) {
                    acc += f.applyAsLong(x);
                }
                results[idx] = acc;
            });
        }
        for (Thread t : pool) {
            t.start();
        }
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            }
        }
        long result = 0;
        for (long r : results) {
            result += r;
        }
        return result;
    }
}
