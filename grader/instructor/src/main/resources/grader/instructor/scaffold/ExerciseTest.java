package {{package}};

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.Role;
import grader.arch.CourseRules;
import grader.probe.Rendezvous;
import grader.property.Properties;
import grader.timing.Speedup;
import grader.timing.Workloads;
import java.util.concurrent.ExecutorService;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/**
 * One graded test of each kind, written by grader/bin/new-exercise as an example: a property
 * checked on many inputs, a concurrency proof without a clock, an architecture rule, and a
 * speed-up measurement. Each fails on the skeleton and passes on the reference solution.
 * An exercise usually puts each kind in a class of its own (one test JVM per class, see ex01).
 */
class {{Class}}Test {

    /** About a third of the numbers pass, so counting a number twice or never changes the count. */
    private static final LongPredicate MULTIPLE_OF_THREE = i -> i % 3 == 0;

    private static final long SPEEDUP_SIZE = 1_000_000;
    private static final LongUnaryOperator BUSY = Workloads.busy(60);
    /** CPU-bound, so more cores can make it faster. */
    private static final LongPredicate HEAVY = i -> BUSY.applyAsLong(i) % 3 == 0;

    /** A property: the same answer as a plain loop, on 100 inputs from the course's fixed seed. */
    @Graded(points = 3,
            en = "counts the same as a sequential loop for any range and number of workers",
            es = "cuenta lo mismo que un bucle secuencial para cualquier rango y número de trabajadores")
    void countsTheSameAsASequentialLoop() {
        Properties.theory()
                .forAll(longs().between(-1_000, 1_000), integers().between(0, 300), integers().between(1, 16))
                .checkAssert((from, size, workers) -> assertThat({{Class}}.count(from, from + size, workers,
                        MULTIPLE_OF_THREE))
                        .as(localized("count over [%d, %d) with %d workers", "cuenta en [%d, %d) con %d trabajadores",
                                from, from + size, workers))
                        .isEqualTo(LongStream.range(from, from + size).filter(MULTIPLE_OF_THREE).count()));
    }

    /** A concurrency proof: every worker is in progress at the same time, shown without a clock. */
    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "all workers are in progress at the same time, each on a thread of its own",
            es = "todos los trabajadores están en curso a la vez, cada uno en su propio hilo")
    void runsAllWorkersAtTheSameTime() {
        int workers = 4;
        Rendezvous rendezvous = new Rendezvous(workers);

        long count = {{Class}}.count(0, 4_000, workers, i -> {
            rendezvous.arrive();
            return MULTIPLE_OF_THREE.test(i);
        });

        rendezvous.assertAllMet(Thread.currentThread(),
                "Does the code wait for each task before it hands out the next one?",
                "¿Espera el código a cada tarea antes de entregar la siguiente?");
        assertThat(rendezvous.threads())
                .as(localized("threads that ran the work", "hilos que ejecutaron el trabajo"))
                .hasSize(workers);
        assertThat(count).isEqualTo(1_334);
    }

    /** An architecture rule: how the code is built, checked on its compiled classes. */
    @Graded(points = 2,
            en = "hands the work to an ExecutorService and shuts it down; no run(), no System.exit",
            es = "entrega el trabajo a un ExecutorService y lo cierra; sin run(), sin System.exit")
    void usesAThreadPoolAndShutsItDown() {
        CourseRules.check(CourseRules.studentClassesOf({{Class}}.class),
                CourseRules.classCalls("{{Class}}", CourseRules.callTo(ExecutorService.class, "invokeAll|submit"))
                        .because(localized("the workers of this exercise are the threads of a pool",
                                "los trabajadores de este ejercicio son los hilos de un pool")),
                CourseRules.classCalls("{{Class}}", CourseRules.callTo(ExecutorService.class, "shutdown|shutdownNow"))
                        .because(localized("a pool that is never shut down keeps its threads alive",
                                "un pool que nunca se cierra mantiene vivos sus hilos")),
                CourseRules.neverCallsThreadRun(),
                CourseRules.neverExitsTheJvm());
    }

    /** A speed-up: measured only once the answer is right; "not measured" where no core is free. */
    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120,
            en = "four workers are faster than one on a multicore machine",
            es = "cuatro trabajadores son más rápidos que uno en una máquina multinúcleo")
    void fourWorkersAreFasterThanOne() {
        long expected = LongStream.range(0, SPEEDUP_SIZE).filter(HEAVY).count();
        assertCount(expected, 4); // a wrong answer fails here, even on a machine with one core

        Speedup.of(() -> assertCount(expected, 1), () -> assertCount(expected, 4))
                .parts(4)
                .hint("Do the tasks run one after another? Look for a wait inside the loop that hands them out.",
                        "¿Se ejecutan las tareas una tras otra? Busca una espera dentro del bucle que las entrega.")
                .assertFaster();
    }

    private static void assertCount(long expected, int workers) {
        assertThat({{Class}}.count(0, SPEEDUP_SIZE, workers, HEAVY))
                .as(localized("count with %d workers", "cuenta con %d trabajadores", workers))
                .isEqualTo(expected);
    }
}
