package {{package}};

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;
import grader.timing.Workloads;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** That the workers pay off: measured only once the answer is right; "not measured" where no core is free. */
class {{Class}}SpeedupTest {

    private static final long SIZE = 1_000_000;
    private static final LongUnaryOperator BUSY = Workloads.busy(60);
    /** CPU-bound, so more cores can make it faster. */
    private static final LongPredicate HEAVY = i -> BUSY.applyAsLong(i) % 3 == 0;

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers are faster than one on a multicore machine",
            es = "cuatro trabajadores son más rápidos que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        long expected = LongStream.range(0, SIZE).filter(HEAVY).count();
        assertCount(expected, 4); // a wrong answer fails here, even on a machine with one core

        Speedup.of(() -> assertCount(expected, 1), () -> assertCount(expected, 4))
                .parts(4)
                .hint("Do the tasks run one after another? Look for a wait inside the loop that hands them out.",
                        "¿Se ejecutan las tareas una tras otra? Busca una espera dentro del bucle que las entrega.")
                .assertFaster();
    }

    private static void assertCount(long expected, int workers) {
        assertThat({{Class}}.count(0, SIZE, workers, HEAVY))
                .as(localized("count with %d workers", "cuenta con %d trabajadores", workers))
                .isEqualTo(expected);
    }
}
