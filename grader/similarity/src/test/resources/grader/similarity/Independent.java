package ex01;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        if (threads <= 0) {
            throw new IllegalArgumentException("bad thread count " + threads);
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            long length = to - from;
            for (int t = 0; t < threads; t++) {
                long first = from + length * t / threads;
                long last = from + length * (t + 1) / threads;
                futures.add(executor.submit(() -> rangeSum(first, last, work)));
            }
            long answer = 0;
            for (Future<Long> future : futures) {
                answer += future.get();
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdown();
        }
    }

    private static long rangeSum(long first, long last, LongUnaryOperator work) {
        return java.util.stream.LongStream.range(first, last).map(work).sum();
    }
}
