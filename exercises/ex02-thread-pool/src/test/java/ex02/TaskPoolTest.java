package ex02;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.property.Theories;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** What the pool returns: every task's result, in the order of the tasks, once all are done. */
class TaskPoolTest {

    @Graded(points = 3,
            en = "the results equal running the tasks one by one, for any tasks and any pool size",
            es = "los resultados son los de ejecutar las tareas una a una, para cualquier tarea y tamaño de pool")
    void returnsWhatRunningTheTasksOneByOneReturns() {
        // The cases students miss most, then random ones.
        assertSameAsOneByOne(List.of(), 4);               // no task at all
        assertSameAsOneByOne(List.of(7L), 1);             // one task, one worker
        assertSameAsOneByOne(List.of(1L, 2L, 3L), 8);     // more workers than tasks
        assertSameAsOneByOne(List.of(5L, -4L, 3L, 0L, 9L, 2L, 6L), 3); // more tasks than workers
        Theories.theory()
                .forAll(lists().of(longs().between(-1_000, 1_000)).ofSizeBetween(0, 40), integers().between(1, 8))
                .checkAssert(TaskPoolTest::assertSameAsOneByOne);
    }

    @Graded(points = 2,
            en = "it returns only once every task has completed, with the results in the order of the tasks",
            es = "devuelve solo cuando todas las tareas han terminado, con los resultados en el orden de las tareas")
    void returnsOnceEveryTaskCompletedWithResultsInTaskOrder() {
        int tasks = 6;
        AtomicInteger completed = new AtomicInteger();
        List<Callable<Integer>> slowestFirst = new ArrayList<>();
        for (int k = 0; k < tasks; k++) {
            int task = k;
            slowestFirst.add(() -> {
                TimeUnit.MILLISECONDS.sleep(20L * (tasks - task)); // later tasks finish first
                completed.incrementAndGet();
                return task;
            });
        }

        List<Integer> results = TaskPool.runAll(slowestFirst, 3);

        assertThat(completed.get())
                .as(localized("tasks completed when runAll returned (%d submitted): wait for every Future "
                                + "with get() before returning; the lecture's version never waits",
                        "tareas terminadas cuando runAll devolvió (%d enviadas): espera cada Future con get() "
                                + "antes de devolver; la versión de la clase nunca espera", tasks))
                .isEqualTo(tasks);
        assertThat(results)
                .as(localized("results of tasks 0..5, which finish in reverse order: keep the order of the "
                                + "tasks (of their Futures), not the order in which they finish",
                        "resultados de las tareas 0..5, que terminan en orden inverso: conserva el orden de las "
                                + "tareas (de sus Future), no el orden en que terminan"))
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Graded(points = 1,
            en = "fewer than one worker is rejected with a message that names the value",
            es = "menos de un trabajador se rechaza con un mensaje que dice el valor")
    void rejectsFewerThanOneWorker() {
        for (int maxWorkers : new int[] {0, -2}) {
            assertThatThrownBy(() -> TaskPool.runAll(List.of(() -> 1), maxWorkers))
                    .as(localized("runAll with maxWorkers = %d must throw an IllegalArgumentException whose message "
                                    + "names %d", "runAll con maxWorkers = %d debe lanzar una IllegalArgumentException "
                                    + "cuyo mensaje diga %d", maxWorkers, maxWorkers))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(maxWorkers));
        }
    }

    /** Task k returns a value computed from its input and its position, so a swap shows. */
    private static void assertSameAsOneByOne(List<Long> inputs, int maxWorkers) {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            long input = inputs.get(k);
            long position = k;
            tasks.add(() -> input * input + 31 * position);
        }
        List<Long> oneByOne = IntStream.range(0, inputs.size())
                .mapToObj(k -> inputs.get(k) * inputs.get(k) + 31L * k)
                .toList();

        assertThat(TaskPool.runAll(tasks, maxWorkers))
                .as(localized("results of %d tasks on at most %d workers", "resultados de %d tareas con como mucho %d trabajadores",
                        inputs.size(), maxWorkers))
                .isEqualTo(oneByOne);
    }
}
