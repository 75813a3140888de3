// MISTAKE: joins each thread right after starting it, so the parts run one after another.
// REPLACES: ex01/ParallelSum.java
// CAUGHT BY: ParallelSumConcurrencyTest#runsAllPartsAtTheSameTime ParallelSumSpeedupTest#fourThreadsAreFasterThanOne
package ex01;

import java.util.function.LongUnaryOperator;

public final class ParallelSum {

    private ParallelSum() {
    }

    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Range[] parts = new Range(from, to).split(threads);
        long[] partialSums = new long[threads];
        Throwable[] failures = new Throwable[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            Thread worker = new Thread(() -> {
                try {
                    for (long n = parts[part].from(); n < parts[part].to(); n++) {
                        partialSums[part] += work.applyAsLong(n);
                    }
                } catch (RuntimeException e) {
                    failures[part] = e;
                }
            });
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long total = 0;
        for (int i = 0; i < threads; i++) {
            if (failures[i] != null) {
                throw new IllegalStateException("a worker failed", failures[i]);
            }
            total += partialSums[i];
        }
        return total;
    }
}
