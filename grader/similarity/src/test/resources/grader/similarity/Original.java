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
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        long size = (to - from + threads - 1) / threads;
        long[] partialSums = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            long start = Math.min(to, from + part * size);
            long end = Math.min(to, start + size);
            workers[i] = new Thread(() -> {
                long sum = 0;
                for (long n = start; n < end; n++) {
                    sum += work.applyAsLong(n);
                }
                partialSums[part] = sum;
            });
        }
        for (Thread worker : workers) {
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
        long total = 0;
        for (long partial : partialSums) {
            total += partial;
        }
        return total;
    }
}
