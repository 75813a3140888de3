package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;
import grader.probe.Timeline;
import grader.probe.WorkerCpuTime;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/** How the chunks are spread over the workers: at the same time, and evenly. */
class PrimeFinderConcurrencyTest {

    private static final int WORKERS = 4;
    /** The most the busiest worker may do, as a multiple of the average. */
    private static final double MOST_UNEVEN = 1.3;
    /** CPU time on a shared machine is noisy: the load balance is judged on the most even of a few runs. */
    private static final int BALANCE_RUNS = 5;

    @Graded(points = 2, role = Role.CONCURRENCY_PROOF,
            en = "the workers test their chunks at the same time, each on a thread of its own",
            es = "los trabajadores prueban sus trozos a la vez, cada uno en su propio hilo")
    void testsTheChunksOnSeveralWorkersAtOnce() {
        PrimeSieve sieve = new PrimeSieve(0, 40_000);
        Rendezvous rendezvous = new Rendezvous(WORKERS);
        Timeline timeline = new Timeline();
        LongUnaryOperator work = timeline.around(rendezvous.around(primality(sieve::isPrime)));

        List<Integer> primes = PrimeFinder.primesIn(0, 40_000, WORKERS, 4 * WORKERS, asPredicate(work));

        timeline.publish();
        rendezvous.assertAllMet(Thread.currentThread(),
                "Are the chunks handed to a pool of `workers` threads, and all of them before waiting for any result?",
                "¿Se entregan los trozos a un pool de `workers` hilos, y todos antes de esperar ningún resultado?");
        assertThat(rendezvous.threads().stream().map(Thread::getName))
                .as(localized("threads that tested numbers, with workers = %d", "hilos que probaron números, con workers = %d",
                        WORKERS))
                .hasSize(WORKERS);
        sieve.assertFound(primes, 0, 40_000);
    }

    @Graded(points = 2,
            en = "with a cost that grows with n, the busiest of four workers does at most 1.3 times their average work (CPU time)",
            es = "con un coste que crece con n, el más ocupado de cuatro trabajadores hace como mucho 1,3 veces su trabajo medio (tiempo de CPU)")
    void spreadsTheWorkEvenly() {
        int chunks = PrimeFinder.chunksFor(WORKERS);
        for (int n = 0; n < 5_000; n++) {
            LecturePrimality.ES_PRIMO.test(n); // compiled before it is measured: interpreted, it costs far more
        }
        BalanceRun evenest = BalanceRun.of(chunks);
        for (int run = 1; run < BALANCE_RUNS && evenest.unevenness() > MOST_UNEVEN; run++) {
            BalanceRun next = BalanceRun.of(chunks);
            if (next.unevenness() < evenest.unevenness()) {
                evenest = next;
            }
        }

        evenest.publish();
        assertThat(evenest.unevenness())
                .as(localized("the work is not spread evenly over the workers: with one chunk per worker, or a fixed "
                                + "block of chunks per worker, the worker with the last numbers works longest while "
                                + "the others sit idle. Split into more chunks than workers (chunksFor) and submit "
                                + "each chunk as a task of its own, so that a worker that finishes early takes the "
                                + "next one. Measured: busiest worker ÷ average of %d workers, in CPU time, in the "
                                + "most even of up to %d runs, for [0, %d) in chunksFor(%d) = %d chunks, tested with "
                                + "the lecture's esPrimo, which costs more the larger n is. CPU time of each worker: %s",
                        "el trabajo no se reparte por igual entre los trabajadores: con un trozo por trabajador, o un "
                                + "bloque fijo de trozos por trabajador, el que tiene los últimos números trabaja más "
                                + "mientras los demás esperan sin hacer nada. Divide en más trozos que trabajadores "
                                + "(chunksFor) y envía cada trozo como una tarea propia, para que quien termine antes "
                                + "tome el siguiente. Medido: el trabajador más ocupado ÷ la media de %d trabajadores, "
                                + "en tiempo de CPU, en la más pareja de hasta %d ejecuciones, para [0, %d) en "
                                + "chunksFor(%d) = %d trozos, probados con el esPrimo de la clase, que cuesta más "
                                + "cuanto mayor es n. Tiempo de CPU de cada trabajador: %s",
                        WORKERS, BALANCE_RUNS, BalanceRun.TO, WORKERS, chunks, evenest.cpu().shares()))
                .isLessThanOrEqualTo(MOST_UNEVEN);
    }

    /** One measured search of [0, TO) with the lecture's esPrimo, whose cost grows with n. */
    private record BalanceRun(WorkerCpuTime cpu, Timeline timeline) {

        static final int TO = 40_000;
        private static final PrimeSieve SIEVE = new PrimeSieve(0, TO);

        static BalanceRun of(int chunks) {
            BalanceRun run = new BalanceRun(new WorkerCpuTime(), new Timeline());
            LongUnaryOperator work = run.timeline.around(run.cpu.around(primality(LecturePrimality.ES_PRIMO)));
            SIEVE.assertFound(PrimeFinder.primesIn(0, TO, WORKERS, chunks, asPredicate(work)), 0, TO);
            return run;
        }

        /** The busiest worker's CPU time as a multiple of the average. */
        double unevenness() {
            return cpu.busiestToAverage(WORKERS);
        }

        void publish() {
            cpu.publish();
            timeline.publish();
        }
    }

    /** A primality predicate as the work the probes wrap: 1 for a prime, 0 otherwise. */
    static LongUnaryOperator primality(IntPredicate isPrime) {
        return n -> isPrime.test((int) n) ? 1 : 0;
    }

    /** The wrapped work as the predicate primesIn takes. */
    static IntPredicate asPredicate(LongUnaryOperator work) {
        return n -> work.applyAsLong(n) == 1;
    }
}
