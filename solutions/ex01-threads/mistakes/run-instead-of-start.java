// MISTAKE: calls run() instead of start(), so every part runs on the calling thread.
// REPLACES: ex01/ParallelSum.java
// CAUGHT BY: ParallelSumConcurrencyTest#runsAllPartsAtTheSameTime ParallelSumArchitectureTest#startsAndJoinsItsOwnThreads ParallelSumSpeedupTest#fourThreadsAreFasterThanOne
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
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            workers[i] = new Thread(() -> {
                for (long n = parts[part].from(); n < parts[part].to(); n++) {
                    partialSums[part] += work.applyAsLong(n);
                }
            });
        }
        for (Thread worker : workers) {
            worker.run();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long total = 0;
        for (long partial : partialSums) {
            total += partial;
        }
        return total;
    }
}
