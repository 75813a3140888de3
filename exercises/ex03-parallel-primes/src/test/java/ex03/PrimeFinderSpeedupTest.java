package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;
import java.util.List;

/** That the pool pays off: on several cores, four workers find the primes sooner than one. */
class PrimeFinderSpeedupTest {

    private static final int TO = 30_000;
    private static final int WORKERS = 4;

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers find the primes faster than one on a multicore machine",
            es = "cuatro trabajadores encuentran los primos antes que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        List<Integer> expected = new PrimeSieve(0, TO).primesIn(0, TO);
        int chunks = PrimeFinder.chunksFor(WORKERS);

        Speedup.of(() -> assertPrimes(expected, 1, chunks), () -> assertPrimes(expected, WORKERS, chunks))
                .parts(WORKERS)
                .hint("Do the chunks run one after another? Submit every chunk before waiting for any, and give "
                                + "each worker several chunks (chunksFor) so that none sits idle.",
                        "¿Se ejecutan los trozos uno tras otro? Envía todos los trozos antes de esperar ninguno, y da "
                                + "varios trozos a cada trabajador (chunksFor) para que ninguno quede ocioso.")
                .assertFaster();
    }

    /** Tested with the lecture's esPrimo, whose cost is the same for every submission. */
    private static void assertPrimes(List<Integer> expected, int workers, int chunks) {
        assertThat(PrimeFinder.primesIn(0, TO, workers, chunks, LecturePrimality.ES_PRIMO))
                .as(localized("primes of [0, %d) with %d workers", "primos de [0, %d) con %d trabajadores", TO, workers))
                .isEqualTo(expected);
    }
}
