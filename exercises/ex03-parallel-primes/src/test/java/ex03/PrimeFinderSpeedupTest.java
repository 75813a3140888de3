package ex03;

import grader.Graded;
import grader.Role;
import grader.timing.Speedup;
import grader.timing.Workloads;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/** That the pool pays off: on several cores, four workers find the primes sooner than one. */
class PrimeFinderSpeedupTest {

    private static final int TO = 30_000;
    private static final int WORKERS = 4;
    /**
     * What testing one number costs: the same kind of arithmetic as the calibration job's, so that
     * both gain alike from a second core on any processor. (Division, as in trial division, gains
     * little from two hardware threads that share one core's divider; the calibration would.)
     */
    private static final LongUnaryOperator COST = Workloads.busy(2_000);
    /** Keeps the arithmetic from being optimised away. */
    private static final LongAdder SINK = new LongAdder();

    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers find the primes faster than one on a multicore machine",
            es = "cuatro trabajadores encuentran los primos antes que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        int chunks = PrimeFinder.chunksFor(WORKERS);
        PrimeSieve sieve = new PrimeSieve(0, TO);
        IntPredicate costlyIsPrime = n -> {
            SINK.add(COST.applyAsLong(n));
            return sieve.isPrime(n);
        };

        Speedup.of(() -> assertPrimes(sieve, costlyIsPrime, 1, chunks),
                        () -> assertPrimes(sieve, costlyIsPrime, WORKERS, chunks))
                .parts(WORKERS)
                .hint("Do the chunks run one after another? Submit every chunk before waiting for any, and give "
                                + "each worker several chunks (chunksFor) so that none sits idle.",
                        "¿Se ejecutan los trozos uno tras otro? Envía todos los trozos antes de esperar ninguno, y da "
                                + "varios trozos a cada trabajador (chunksFor) para que ninguno quede ocioso.")
                .assertFaster();
    }

    private static void assertPrimes(PrimeSieve sieve, IntPredicate isPrime, int workers, int chunks) {
        sieve.assertFound(PrimeFinder.primesIn(0, TO, workers, chunks, isPrime), 0, TO);
    }
}
