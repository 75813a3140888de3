// MISTAKE: waits for each task right after submitting it, so the tasks run one after another.
// REPLACES: ex02/TaskPool.java
// CAUGHT BY: TaskPoolConcurrencyTest#runsUpToMaxWorkersTasksAtOnceAndNeverMore TaskPoolSpeedupTest#fourWorkersAreFasterThanOne
package ex02;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public final class TaskPool {

    private TaskPool() {
    }

    public static <T> List<T> runAll(List<Callable<T>> tasks, int maxWorkers) {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1: " + maxWorkers);
        }
        ExecutorService pool = Executors.newFixedThreadPool(maxWorkers);
        try {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(pool.submit(task).get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
