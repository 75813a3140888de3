package ex02;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;
import grader.timing.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** That the pool pays off: on several cores, four workers finish four tasks sooner than one. */
class TaskPoolSpeedupTest {

    private static final long SIZE = 1_000_000;
    private static final int TASKS = 4;
    private static final LongUnaryOperator WORK = Workloads.busy(60);

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers finish four tasks faster than one worker on a multicore machine",
            es = "cuatro trabajadores terminan cuatro tareas antes que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        List<Callable<Long>> quarters = quartersOf(SIZE);
        long expected = LongStream.range(0, SIZE).map(WORK).sum();

        Speedup.of(() -> assertTotal(quarters, 1, expected), () -> assertTotal(quarters, TASKS, expected))
                .parts(TASKS)
                .hint("Is get() called inside the loop that submits the tasks? Then each task waits for the previous one.",
                        "¿Se llama a get() dentro del bucle que envía las tareas? Entonces cada tarea espera a la anterior.")
                .assertFaster();
    }

    /** The lecture's four parts: each task adds up WORK over a quarter of [0, size). */
    private static List<Callable<Long>> quartersOf(long size) {
        List<Callable<Long>> quarters = new ArrayList<>();
        for (int k = 0; k < TASKS; k++) {
            long from = size * k / TASKS;
            long to = size * (k + 1) / TASKS;
            quarters.add(() -> LongStream.range(from, to).map(WORK).sum());
        }
        return quarters;
    }

    private static void assertTotal(List<Callable<Long>> quarters, int maxWorkers, long expected) {
        long total = TaskPool.runAll(quarters, maxWorkers).stream().mapToLong(Long::longValue).sum();
        assertThat(total)
                .as(localized("sum of the four tasks' results with %d workers", "suma de los resultados de las cuatro tareas con %d trabajadores",
                        maxWorkers))
                .isEqualTo(expected);
    }
}
