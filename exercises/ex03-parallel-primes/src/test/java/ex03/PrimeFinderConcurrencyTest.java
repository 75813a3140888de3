package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;
import grader.probe.Timeline;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/** How the chunks are spread over the workers: at the same time, and evenly. */
class PrimeFinderConcurrencyTest {

    private static final int WORKERS = 4;
    /** The range of the load-balance test. */
    private static final int TO = 40_000;
    /**
     * How many chunks per worker, at least, the load-balance test asks for: the last and costliest
     * chunk is then a small part of one worker's share, and no worker ends far behind the others.
     */
    private static final int CHUNKS_PER_WORKER = 8;
    /** How long the load-balance test holds a worker up at most. */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(5);

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
            en = "the chunks are small and go to whichever worker is free: while one worker is held up, the others test every number outside its chunk",
            es = "los trozos son pequeños y van al trabajador que esté libre: mientras uno está retenido, los demás prueban cada número fuera de su trozo")
    void spreadsTheWorkEvenly() {
        int chunks = PrimeFinder.chunksFor(WORKERS);
        int firstChunkAtMost = TO / (CHUNKS_PER_WORKER * WORKERS);
        HeldAtZero held = new HeldAtZero(firstChunkAtMost);
        Timeline timeline = new Timeline();
        LongUnaryOperator work = timeline.around(held.around(primality(LecturePrimality.ES_PRIMO)));

        List<Integer> primes = PrimeFinder.primesIn(0, TO, WORKERS, chunks, asPredicate(work));

        timeline.publish();
        assertThat(held.othersTookOver())
                .as(localized("the other workers did not take over the work of a held-up one: they did not test "
                                + "every number from %d to %d while the worker that tested 0 was held there (up to "
                                + "%d s), for [0, %d) in chunksFor(%d) = %d chunks. A "
                                + "worker with costly numbers holds up its chunk the same way. With one chunk per "
                                + "worker, or a fixed block of chunks per worker, the others cannot take over and sit "
                                + "idle: split into at least %d chunks per worker (chunksFor) and submit each chunk as "
                                + "a task of its own, so that a worker that is free takes the next one",
                        "los demás trabajadores no se hicieron cargo del trabajo de uno retenido: no probaron cada "
                                + "número de %d a %d mientras el trabajador que probó el 0 estaba retenido ahí (hasta "
                                + "%d s), para [0, %d) en chunksFor(%d) = %d trozos. Un "
                                + "trabajador con números costosos retiene su trozo igual. Con un trozo por "
                                + "trabajador, o un bloque fijo de trozos por trabajador, los demás no pueden hacerse "
                                + "cargo y esperan sin hacer nada: divide en al menos %d trozos por trabajador "
                                + "(chunksFor) y envía cada trozo como una tarea propia, para que un trabajador libre "
                                + "tome el siguiente",
                        firstChunkAtMost, TO - 1, HOLD_AT_MOST.toSeconds(), TO, WORKERS, chunks, CHUNKS_PER_WORKER))
                .isTrue();
        new PrimeSieve(0, TO).assertFound(primes, 0, TO);
    }

    /**
     * Holds up the worker that tests 0, as costly numbers would, until the other workers have
     * tested every number from {@code from} up: they can, on every run, when the chunks are small
     * and each goes to whichever worker is free; they cannot when the held worker's chunk, or its
     * fixed block of chunks, reaches past {@code from}.
     */
    private static final class HeldAtZero {
        private final int from;
        private final CountDownLatch untested;
        private final AtomicBoolean othersTookOver = new AtomicBoolean();

        HeldAtZero(int from) {
            this.from = from;
            this.untested = new CountDownLatch(TO - from);
        }

        LongUnaryOperator around(LongUnaryOperator work) {
            return n -> {
                if (n == 0) {
                    othersTookOver.set(awaitQuietly());
                } else if (n >= from) {
                    untested.countDown();
                }
                return work.applyAsLong(n);
            };
        }

        /** Read it once primesIn has returned. */
        boolean othersTookOver() {
            return othersTookOver.get();
        }

        private boolean awaitQuietly() {
            try {
                return untested.await(HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
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
