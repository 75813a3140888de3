package ex03;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;

/** That the pool pays off: on several cores, four workers find the primes sooner than one. */
class PrimeFinderSpeedupTest {

    private static final int TO = 30_000;
    private static final int WORKERS = 4;

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers find the primes faster than one on a multicore machine",
            es = "cuatro trabajadores encuentran los primos antes que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        int chunks = PrimeFinder.chunksFor(WORKERS);
        PrimeSieve sieve = new PrimeSieve(0, TO);

        Speedup.of(() -> assertPrimes(sieve, 1, chunks), () -> assertPrimes(sieve, WORKERS, chunks))
                .parts(WORKERS)
                .hint("Do the chunks run one after another? Submit every chunk before waiting for any, and give "
                                + "each worker several chunks (chunksFor) so that none sits idle.",
                        "¿Se ejecutan los trozos uno tras otro? Envía todos los trozos antes de esperar ninguno, y da "
                                + "varios trozos a cada trabajador (chunksFor) para que ninguno quede ocioso.")
                .assertFaster();
    }

    /** Tested with the lecture's esPrimo, whose cost is the same for every submission. */
    private static void assertPrimes(PrimeSieve sieve, int workers, int chunks) {
        sieve.assertFound(PrimeFinder.primesIn(0, TO, workers, chunks, LecturePrimality.ES_PRIMO), 0, TO);
    }
}
