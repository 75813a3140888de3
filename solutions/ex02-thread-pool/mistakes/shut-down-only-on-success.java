// MISTAKE: shuts the pool down only when every task succeeded, so a failing task leaves its threads alive.
// REPLACES: ex02/TaskPool.java
// CAUGHT BY: TaskPoolConcurrencyTest#leavesNoPoolThreadBehind
package ex02;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class TaskPool {

    private TaskPool() {
    }

    public static <T> List<T> runAll(List<Callable<T>> tasks, int maxWorkers) {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1: " + maxWorkers);
        }
        ExecutorService pool = Executors.newFixedThreadPool(maxWorkers);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> task : tasks) {
                pending.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pending) {
                results.add(future.get());
            }
            pool.shutdown();
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
