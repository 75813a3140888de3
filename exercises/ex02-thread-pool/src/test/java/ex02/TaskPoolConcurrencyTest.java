package ex02;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.Role;
import grader.probe.InFlight;
import grader.probe.Rendezvous;
import grader.probe.Timeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;
import org.opentest4j.AssertionFailedError;

/** How the pool runs the tasks: bounded, together, and gone when the call returns. */
class TaskPoolConcurrencyTest {

    /** How long a pool's threads may take to end once the call returned. */
    private static final long GRACE_MILLIS = 5_000;

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "never more than maxWorkers tasks run at once, and min(maxWorkers, tasks) of them provably run together",
            es = "nunca se ejecutan más de maxWorkers tareas a la vez, y min(maxWorkers, tareas) de ellas se ejecutan juntas de forma demostrable")
    void runsUpToMaxWorkersTasksAtOnceAndNeverMore() {
        assertBoundHolds(2, 4);
        assertBoundHolds(5, 5);
        assertBoundHolds(8, 3); // last, so that the report shows threads that each ran several tasks
    }

    @Graded(points = 2,
            en = "no thread of the pool outlives the call, also when a task fails",
            es = "ningún hilo del pool sobrevive a la llamada, tampoco cuando falla una tarea")
    void leavesNoPoolThreadBehind() {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        TaskPool.runAll(tasksRecordingTheirThread(4, workers, -1), 2);
        assertAllEnded(workers, "when every task succeeded", "cuando todas las tareas tuvieron éxito");

        workers.clear();
        catchThrowable(() -> TaskPool.runAll(tasksRecordingTheirThread(4, workers, 1), 2));
        assertAllEnded(workers, "when a task failed", "cuando una tarea falló");
    }

    @Graded(points = 1,
            en = "an exception thrown by a task reaches the caller as the cause of an IllegalStateException",
            es = "una excepción lanzada por una tarea llega a quien llama como causa de una IllegalStateException")
    void aTasksExceptionReachesTheCallerAsTheCause() {
        IOException boom = new IOException("disk on fire in task 2");
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int task = k;
            tasks.add(() -> {
                if (task == 2) {
                    throw boom;
                }
                return task;
            });
        }

        Throwable thrown = catchThrowable(() -> TaskPool.runAll(tasks, 3));

        assertThat(thrown)
                .as(localized("what runAll threw when task 2 threw %s", "lo que lanzó runAll cuando la tarea 2 lanzó %s",
                        boom))
                .isInstanceOf(IllegalStateException.class);
        assertThat(thrown.getCause())
                .as(localized("the cause of the IllegalStateException must be the task's own exception; "
                                + "get() wraps it in an ExecutionException, whose getCause() returns it",
                        "la causa de la IllegalStateException debe ser la excepción de la propia tarea; "
                                + "get() la envuelve en una ExecutionException, cuyo getCause() la devuelve"))
                .isSameAs(boom);
    }

    /**
     * Runs {@code tasks} tasks on at most {@code maxWorkers} workers and checks that no more than
     * {@code maxWorkers} ran at once and that {@code min(maxWorkers, tasks)} met while running.
     * Publishes the timeline of the run, so the report shows the last case run.
     */
    private static void assertBoundHolds(int tasks, int maxWorkers) {
        int together = Math.min(maxWorkers, tasks);
        Rendezvous rendezvous = new Rendezvous(together);
        InFlight inFlight = new InFlight();
        Timeline timeline = new Timeline();
        LongUnaryOperator work = timeline.around(inFlight.around(rendezvous.around(k -> k * k)));

        List<Long> results = TaskPool.runAll(tasksDoing(tasks, work), maxWorkers);

        timeline.publish();
        rendezvous.assertAllMet(Thread.currentThread(),
                "Are all tasks submitted before the first get()? A get() inside the loop that submits makes "
                        + "each task wait for the previous one.",
                "¿Se envían todas las tareas antes del primer get()? Un get() dentro del bucle que las envía "
                        + "hace que cada tarea espere a la anterior.");
        assertThat(inFlight.most())
                .as(localized("more tasks ran at once than maxWorkers allows, with %d tasks and maxWorkers = %d: "
                                + "is the pool created with exactly maxWorkers threads?",
                        "se ejecutaron a la vez más tareas de las que permite maxWorkers, con %d tareas y "
                                + "maxWorkers = %d: ¿se crea el pool con exactamente maxWorkers hilos?", tasks, maxWorkers))
                .isLessThanOrEqualTo(maxWorkers);
        assertThat(rendezvous.threads().stream().map(Thread::getName))
                .as(localized("more threads ran the %d tasks than a pool of maxWorkers = %d threads has: does the "
                                + "code start a thread per task instead of handing every task to one pool of "
                                + "maxWorkers threads?",
                        "más hilos ejecutaron las %d tareas de los que tiene un pool de maxWorkers = %d hilos: "
                                + "¿arranca el código un hilo por tarea en vez de entregar todas las tareas a un "
                                + "solo pool de maxWorkers hilos?",
                        tasks, maxWorkers))
                .hasSizeLessThanOrEqualTo(maxWorkers);
        assertThat(results)
                .as(localized("runAll must return each task's result, in the order of the tasks",
                        "runAll debe devolver el resultado de cada tarea, en el orden de las tareas"))
                .isEqualTo(LongStream.range(0, tasks).map(k -> k * k).boxed().toList());
    }

    private static List<Callable<Long>> tasksDoing(int tasks, LongUnaryOperator work) {
        List<Callable<Long>> list = new ArrayList<>();
        for (int k = 0; k < tasks; k++) {
            long task = k;
            list.add(() -> work.applyAsLong(task));
        }
        return list;
    }

    /** Tasks that note the thread they run on; the one numbered {@code failing} throws. */
    private static List<Callable<Long>> tasksRecordingTheirThread(int tasks, Set<Thread> workers, int failing) {
        return tasksDoing(tasks, k -> {
            workers.add(Thread.currentThread());
            if (k == failing) {
                throw new IllegalArgumentException("task " + k + " fails on purpose");
            }
            return k;
        });
    }

    private static void assertAllEnded(Set<Thread> workers, String whenEn, String whenEs) {
        assertThat(workers)
                .as(localized("threads that ran the tasks", "hilos que ejecutaron las tareas"))
                .isNotEmpty()
                .doesNotContain(Thread.currentThread());
        for (Thread worker : workers) {
            try {
                worker.join(GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for " + worker.getName(), e);
            }
            if (worker.isAlive()) {
                throw new AssertionFailedError(localized(
                        "the pool's thread \"%s\" is still alive %d s after runAll returned %s: shut the pool "
                                + "down in a finally block (shutdown() or shutdownNow()), so its threads end "
                                + "whatever happens",
                        "el hilo del pool \"%s\" sigue vivo %d s después de que runAll devolviera %s: apaga el "
                                + "pool en un bloque finally (shutdown() o shutdownNow()), para que sus hilos "
                                + "terminen pase lo que pase",
                        worker.getName(), GRACE_MILLIS / 1000, localized(whenEn, whenEs)));
            }
        }
    }
}
