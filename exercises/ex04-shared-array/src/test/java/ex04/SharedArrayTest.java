package ex04;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import grader.Graded;
import grader.Role;
import grader.probe.Awaited;
import grader.probe.Rendezvous;
import grader.probe.Timeline;
import grader.property.Theories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.io.TempDir;

/** Part (a): threads of one JVM transform one array in its heap, each its own slice. */
class SharedArrayTest {

    /** Not idempotent and without a fixed point, so an element done twice or never shows. */
    private static final IntUnaryOperator TRIPLE_PLUS_ONE = x -> 3 * x + 1;
    private static final String JOIN_EVERY_THREAD_EN = "Does transformInPlace join() every thread it starts before it returns?";
    private static final String JOIN_EVERY_THREAD_ES = "¿Hace transformInPlace join() de cada hilo que arranca antes de volver?";

    @TempDir
    Path folder;

    @Graded(points = 3,
            en = "the threads transform every element exactly once, in place, for any size and number of threads",
            es = "los hilos transforman cada elemento exactamente una vez, en su sitio, para cualquier tamaño y número de hilos")
    void transformsEveryElementOnceInPlace() {
        // The cases students miss most, then random ones.
        assertTransformedOnce(0, 3);   // empty array
        assertTransformedOnce(2, 5);   // fewer elements than threads
        assertTransformedOnce(10, 3);  // slices of different sizes
        assertTransformedOnce(1, 1);
        Theories.theory()
                .forAll(integers().between(0, 500), integers().between(1, 16))
                .checkAssert(SharedArrayTest::assertTransformedOnce);
    }

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "all slices are in progress at the same time, each on a thread of its own",
            es = "todas las porciones están en curso a la vez, cada una en su propio hilo")
    void transformsAllSlicesAtTheSameTime() throws InterruptedException {
        int workers = 4;
        Awaited awaited = Awaited.byThisThread();
        Rendezvous rendezvous = new Rendezvous(workers);
        Timeline timeline = new Timeline();
        LongUnaryOperator work = awaited.around(timeline.around(
                rendezvous.around(x -> TRIPLE_PLUS_ONE.applyAsInt((int) x))));
        int[] values = ArrayCases.ascending(4_000);

        SharedArray.transformInPlace(values, workers, x -> (int) work.applyAsLong(x));

        awaited.assertWaitedFor(JOIN_EVERY_THREAD_EN, JOIN_EVERY_THREAD_ES);
        timeline.publish();
        rendezvous.assertAllMet(Thread.currentThread(),
                "Is join() inside the loop that starts the threads, or is run() called instead of start()?",
                "¿Está join() dentro del bucle que arranca los hilos, o se llama a run() en vez de a start()?");
        assertThat(rendezvous.threads())
                .as(localized("threads that transformed elements", "hilos que transformaron elementos"))
                .hasSize(workers);
        ArrayCases.assertAppliedOnce(ArrayCases.ascending(4_000), values, TRIPLE_PLUS_ONE,
                localized("%d threads", "%d hilos", workers));
    }

    @Graded(points = 1,
            en = "an exception thrown by the function in a thread reaches the caller as the cause of an IllegalStateException",
            es = "una excepción lanzada por la función en un hilo llega a quien llama como causa de una IllegalStateException")
    void aWorkersExceptionReachesTheCaller() {
        ArithmeticException boom = new ArithmeticException("boom at 42");
        Awaited awaited = Awaited.byThisThread();

        Throwable thrown = catchThrowable(() -> SharedArray.transformInPlace(ArrayCases.ascending(100), 4, x -> {
            awaited.arrive();
            if (x == 42) {
                throw boom;
            }
            return x;
        }));

        awaited.assertWaitedFor(JOIN_EVERY_THREAD_EN, JOIN_EVERY_THREAD_ES);
        assertThat(thrown)
                .as(localized("what transformInPlace threw when f(42) threw %s",
                        "lo que lanzó transformInPlace cuando f(42) lanzó %s", boom))
                .isInstanceOf(IllegalStateException.class);
        assertThat(thrown.getCause())
                .as(localized("the cause must be the function's own exception: a thread's uncaught exception "
                                + "reaches its UncaughtExceptionHandler",
                        "la causa debe ser la excepción de la propia función: la excepción no atrapada de un hilo "
                                + "llega a su UncaughtExceptionHandler"))
                .isSameAs(boom);
    }

    @Graded(points = 1,
            en = "fewer than one thread or one child process is rejected with a message that names the value",
            es = "menos de un hilo o de un proceso hijo se rechaza con un mensaje que dice el valor")
    void rejectsFewerThanOneWorker() {
        assertThatThrownBy(() -> SharedArray.transformInPlace(new int[3], 0, TRIPLE_PLUS_ONE))
                .as(localized("transformInPlace with 0 workers must throw an IllegalArgumentException whose message "
                                + "names 0", "transformInPlace con 0 trabajadores debe lanzar una "
                                + "IllegalArgumentException cuyo mensaje diga 0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        for (int children : new int[] {0, -2}) { // 0 is the edge: fewer than one, not below zero
            assertThatThrownBy(() -> ProcessSharedArray.squareInPlace(new int[3], children, folder.resolve("shared"),
                    Duration.ofSeconds(30)))
                    .as(localized("squareInPlace with %d children must throw an IllegalArgumentException whose "
                                    + "message names %d", "squareInPlace con %d hijos debe lanzar una "
                                    + "IllegalArgumentException cuyo mensaje diga %d", children, children))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(children));
        }
    }

    private static void assertTransformedOnce(int length, int workers) {
        int[] values = ArrayCases.ascending(length);
        Awaited awaited = Awaited.byThisThread();
        try {
            SharedArray.transformInPlace(values, workers, x -> {
                awaited.arrive();
                return TRIPLE_PLUS_ONE.applyAsInt(x);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the test was interrupted", e);
        }
        awaited.assertWaitedFor(JOIN_EVERY_THREAD_EN, JOIN_EVERY_THREAD_ES);
        ArrayCases.assertAppliedOnce(ArrayCases.ascending(length), values, TRIPLE_PLUS_ONE,
                localized("%d threads", "%d hilos", workers));
    }
}
