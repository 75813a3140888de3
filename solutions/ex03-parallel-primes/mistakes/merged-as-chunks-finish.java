// MISTAKE: each worker appends its chunk's primes to one shared list, so they come in the order the chunks finish.
// REPLACES: ex03/PrimeFinder.java
// CAUGHT BY: PrimeFinderTest#mergesInChunkOrderWhenLaterChunksFinishFirst
package ex03;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

public final class PrimeFinder {

    private PrimeFinder() {
    }

    public static List<Integer> primesIn(int from, int to, int workers, int chunks, IntPredicate isPrime) {
        if (from > to || workers < 1 || chunks < 1) {
            throw new IllegalArgumentException("from=" + from + ", to=" + to + ", workers=" + workers + ", chunks=" + chunks);
        }
        List<Integer> primes = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int k = 0; k < chunks; k++) {
            int chunkFrom = (int) (from + ((long) to - from) * k / chunks);
            int chunkTo = (int) (from + ((long) to - from) * (k + 1) / chunks);
            tasks.add(() -> {
                List<Integer> found = new ArrayList<>();
                for (int n = chunkFrom; n < chunkTo; n++) {
                    if (isPrime.test(n)) {
                        found.add(n);
                    }
                }
                primes.addAll(found);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (Future<Void> chunk : pool.invokeAll(tasks)) {
                chunk.get();
            }
            return primes;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    public static int chunksFor(int workers) {
        return 16 * workers;
    }
}
