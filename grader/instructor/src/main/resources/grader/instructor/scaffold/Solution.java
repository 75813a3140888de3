package {{package}};

import java.util.function.LongPredicate;
// BEGIN SOLUTION
// grader/bin/new-exercise wrote this class as an example of a marked reference solution: make it
// the exercise's own. Lines between the SOLUTION markers, these included, never reach students;
// the STUB block is what they get instead. Imports that only the solution needs go in here too.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
// END SOLUTION

/** Counts the numbers of a range that pass a test, with the threads of a pool. */
public final class {{Class}} {

    private {{Class}}() {
    }

    /**
     * How many numbers of {@code [from, to)} pass {@code test}, counted by {@code workers}
     * threads of a pool: worker {@code k} tests {@code from + k}, {@code from + k + workers}, ...
     *
     * @throws IllegalArgumentException when {@code workers < 1} or {@code from > to}
     * @throws ArithmeticException      when the range holds more than {@code Long.MAX_VALUE} numbers
     * @throws IllegalStateException    when {@code test} threw in a worker; its exception is the cause
     */
    public static long count(long from, long to, int workers, LongPredicate test) {
        // BEGIN SOLUTION
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (from > to) {
            throw new IllegalArgumentException("from must not be greater than to: from=" + from + ", to=" + to);
        }
        long size = Math.subtractExact(to, from);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            long firstOffset = k;
            tasks.add(() -> countEvery(from, firstOffset, size, workers, test));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long total = 0;
            for (Future<Long> task : pool.invokeAll(tasks)) { // returns when every task is done
                total += task.get();
            }
            return total;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        } finally {
            pool.shutdownNow(); // also when a task failed: no thread of the pool outlives the call
        }
        // END SOLUTION
        /* STUB
        // TODO 1  Reject workers < 1 and from > to with an IllegalArgumentException that names the values.
        //         Rechaza workers < 1 y from > to con una IllegalArgumentException que diga los valores.
        // TODO 2  Give a pool of `workers` threads one task per worker: task k counts the numbers
        //         from + k, from + k + workers, from + k + 2 * workers, ... that pass the test.
        //         Da a un pool de `workers` hilos una tarea por trabajador: la tarea k cuenta los
        //         números from + k, from + k + workers, from + k + 2 * workers, ... que pasan la prueba.
        // TODO 3  Add up the tasks' counts, and shut the pool down even when a task fails.
        //         Suma las cuentas de las tareas, y cierra el pool aunque una tarea falle.
        throw new UnsupportedOperationException("TODO: {{Class}}.count");
        */
    }
    // BEGIN SOLUTION

    /** How many of {@code from + firstOffset}, {@code from + firstOffset + step}, ... below {@code to} pass. */
    private static long countEvery(long from, long firstOffset, long size, int step, LongPredicate test) {
        long count = 0;
        for (long offset = firstOffset; offset < size; offset += step) {
            if (test.test(from + offset)) {
                count++;
            }
            if (size - offset <= step) {
                break; // the next offset is past the range, and adding the step could overflow
            }
        }
        return count;
    }
    // END SOLUTION
}
