package ex01;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;
import grader.timing.Workloads;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** That the threads pay off: on several cores, four threads finish sooner than one. */
class ParallelSumSpeedupTest {

    private static final long SIZE = 1_000_000;
    private static final LongUnaryOperator WORK = Workloads.busy(60);

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four threads are faster than one on a multicore machine",
            es = "cuatro hilos son más rápidos que uno en una máquina multinúcleo")
    void fourThreadsAreFasterThanOne() {
        long expected = LongStream.range(0, SIZE).map(WORK).sum();

        Speedup.of(() -> assertSum(expected, 1), () -> assertSum(expected, 4))
                .parts(4)
                .hint("Do the parts run one after another? Look for join() inside the loop that starts the threads.",
                        "¿Se ejecutan las partes una tras otra? Busca join() dentro del bucle que arranca los hilos.")
                .assertFaster();
    }

    private static void assertSum(long expected, int threads) {
        assertThat(ParallelSum.sum(0, SIZE, threads, WORK))
                .as(localized("sum with %d threads", "suma con %d hilos", threads))
                .isEqualTo(expected);
    }
}
