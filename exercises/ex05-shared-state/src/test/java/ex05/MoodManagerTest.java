package ex05;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.probe.Awaited;
import java.util.List;
import java.util.function.Consumer;

/** What runTogether promises besides running the workers together: a worker's failure is not lost. */
class MoodManagerTest {

    static final String JOIN_EVERY_WORKER_EN = "Does runTogether join() every worker's thread before it returns?";
    static final String JOIN_EVERY_WORKER_ES = "¿Hace runTogether join() del hilo de cada trabajador antes de volver?";

    @Graded(points = 1,
            en = "an exception thrown by a worker reaches the caller as the cause of an IllegalStateException",
            es = "una excepción lanzada por un trabajador llega a quien llama como causa de una IllegalStateException")
    void aWorkersExceptionReachesTheCaller() {
        ArithmeticException boom = new ArithmeticException("boom in the second worker");
        MoodManager manager = new MoodManager(2);
        Awaited awaited = Awaited.byThisThread();
        List<Consumer<Mood>> workers = List.of(
                arriving(awaited, Mood::cheerUp),
                arriving(awaited, mood -> {
                    throw boom;
                }),
                arriving(awaited, Mood::sadden));

        Throwable thrown = catchThrowable(() -> manager.runTogether(workers, 3));

        awaited.assertWaitedFor(JOIN_EVERY_WORKER_EN, JOIN_EVERY_WORKER_ES);
        assertThat(thrown)
                .as(localized("runTogether must throw an IllegalStateException when a worker throws (here the "
                                + "second one threw %s): a worker runs on a thread of its own, so its exception "
                                + "reaches that thread's UncaughtExceptionHandler (setUncaughtExceptionHandler), not "
                                + "the caller; keep it there and rethrow it after the joins",
                        "runTogether debe lanzar una IllegalStateException cuando un trabajador lanza una excepción "
                                + "(aquí el segundo lanzó %s): un trabajador se ejecuta en su propio hilo, así que su "
                                + "excepción llega al UncaughtExceptionHandler de ese hilo "
                                + "(setUncaughtExceptionHandler), no a quien llama; guárdala ahí y relánzala tras los "
                                + "join", boom))
                .isInstanceOf(IllegalStateException.class);
        assertThat(thrown.getCause())
                .as(localized("the cause of the IllegalStateException must be the worker's own exception: pass "
                                + "it to the constructor (new IllegalStateException(message, cause))",
                        "la causa de la IllegalStateException debe ser la propia excepción del trabajador: pásala "
                                + "al constructor (new IllegalStateException(mensaje, causa))"))
                .isSameAs(boom);
    }

    /** The worker, stopping at the probe before its first change. */
    static Consumer<Mood> arriving(Awaited awaited, Consumer<Mood> worker) {
        return mood -> {
            awaited.arrive();
            worker.accept(mood);
        };
    }
}
