package ex02;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a pool with a bounded number of worker threads: the Java version of the
 * lecture's {@code ThreadPoolExecutor(max_workers=8)} and its {@code pool.submit(...)} calls.
 *
 * <p>The lecture stops its clock right after submitting, so it times nothing and never looks at
 * a result. Here the call returns the results, so it waits for every task, and it leaves no
 * thread behind.
 */
public final class TaskPool {

    private TaskPool() {
    }

    /**
     * Runs every task on a pool of at most {@code maxWorkers} threads and returns their results
     * in the order of the tasks. Every task is submitted before the call waits for any; the call
     * returns once every task has completed, and the pool's threads end with the call, whether the
     * tasks succeed or fail.
     *
     * @throws IllegalArgumentException when {@code maxWorkers < 1}
     * @throws IllegalStateException    when a task threw; the exception the task threw is its cause
     */
    public static <T> List<T> runAll(List<Callable<T>> tasks, int maxWorkers) {
        // TODO 1  Reject maxWorkers < 1 with an IllegalArgumentException whose message names the value.
        //         Rechaza maxWorkers < 1 con una IllegalArgumentException cuyo mensaje diga el valor.
        // TODO 2  Create a pool of maxWorkers threads: Executors.newFixedThreadPool(maxWorkers).
        //         Crea un pool de maxWorkers hilos: Executors.newFixedThreadPool(maxWorkers).
        // TODO 3  submit() every task and keep its Future in a list. Only then call get() on each
        //         Future, in order, to collect the results.
        //         Envía cada tarea con submit() y guarda su Future en una lista. Solo después llama
        //         a get() en cada Future, en orden, para reunir los resultados.
        // TODO 4  When a task threw, get() throws an ExecutionException: throw an
        //         IllegalStateException whose cause is the task's own exception, e.getCause().
        //         Si una tarea lanzó una excepción, get() lanza una ExecutionException: lanza una
        //         IllegalStateException cuya causa sea la excepción de la tarea, e.getCause().
        // TODO 5  Shut the pool down in a finally block, so that its threads end even when a task fails.
        //         Apaga el pool en un bloque finally, para que sus hilos terminen aunque falle una tarea.
        throw new UnsupportedOperationException("TODO: TaskPool.runAll");
    }
}
