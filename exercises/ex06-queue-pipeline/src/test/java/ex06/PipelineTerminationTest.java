package ex06;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.probe.Causes;
import grader.probe.Deadline;
import grader.probe.LiveThreads;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.opentest4j.AssertionFailedError;

/** How the pipeline ends: always, with every thread stopped, also when a stage fails. */
class PipelineTerminationTest {

    private static final Duration EACH_RUN = Duration.ofSeconds(10);
    /** Far more numbers than a pipeline that stops on a failure gets to process; made on demand. */
    private static final int MANY = 2_000_000;
    /** What one number costs the slow first stage: far longer than the second stage takes for it. */
    private static final long SLOW_NUMBER_MILLIS = 20;

    @Graded(points = 2, deadlineSeconds = 90,
            en = "it always terminates and leaves no thread running, for any input size and number of workers",
            es = "siempre termina y no deja ningún hilo en marcha, para cualquier tamaño de entrada y número de trabajadores")
    void alwaysTerminatesAndLeavesNoThreadRunning() throws Throwable {
        assertTerminatesWithLateWorkers(true);
        assertTerminatesWithLateWorkers(false);
        int[][] workers = {{1, 1}, {1, 3}, {3, 1}, {4, 4}};
        for (int size : new int[] {0, 1, 5, 1_000}) {
            for (int[] perStage : workers) {
                for (int capacity : new int[] {1, 3}) {
                    assertTerminatesCleanly(size, perStage[0], perStage[1], capacity);
                }
            }
        }
    }

    @Graded(points = 2, deadlineSeconds = 60,
            en = "an exception in a stage stops the whole pipeline and reaches the caller, without hanging",
            es = "una excepción en una etapa detiene toda la tubería y llega a quien llama, sin quedarse colgada")
    void anExceptionInAStageStopsThePipeline() throws Throwable {
        assertStopsWhenAStageFails(true);
        assertStopsWhenAStageFails(false);
        assertStopsWhenTheFirstStageFailsWhileTheSecondWaits();
    }

    private static void assertTerminatesCleanly(int size, int firstWorkers, int secondWorkers, int capacity)
            throws Throwable {
        String run = localized("%d numbers, %d and %d workers, queues of capacity %d",
                "%d números, %d y %d trabajadores, colas de capacidad %d", size, firstWorkers, secondWorkers, capacity);
        assertTerminatesCleanly(run, new Stage("square", firstWorkers, x -> x * x),
                new Stage("add 10", secondWorkers, x -> x + 10), capacity, PipelineConcurrencyTest.numbers(size));
    }

    /**
     * Two workers of a stage finish their numbers only after the stage's third worker has stopped
     * ({@link LateWorkers}), with queues of capacity 1: when the first worker to stop passes the end
     * of the stream on, the second late number finds a full queue that nobody reads, on every run.
     */
    private static void assertTerminatesWithLateWorkers(boolean inFirstStage) throws Throwable {
        LateWorkers late = new LateWorkers(10, 2, inFirstStage);
        String stage = inFirstStage ? localized("first", "primera") : localized("second", "segunda");
        String run = localized("10 numbers, 3 and 3 workers, queues of capacity 1, when two workers of the %s stage "
                        + "finish their numbers after the third has stopped (is the end of the stream passed on by the "
                        + "LAST worker of a stage to stop?)",
                "10 números, 3 y 3 trabajadores, colas de capacidad 1, cuando dos trabajadores de la %s etapa "
                        + "terminan sus números después de que el tercero haya parado (¿pasa la marca de fin de flujo "
                        + "el ÚLTIMO trabajador de una etapa en parar?)", stage);
        assertTerminatesCleanly(run, late.first(3), late.second(3), 1, late.input());
    }

    private static void assertTerminatesCleanly(String run, Stage first, Stage second, int capacity, List<Long> input)
            throws Throwable {
        LiveThreads before = LiveThreads.now();
        Pipeline pipeline = new Pipeline(first, second, capacity);

        String endMarks = localized("does every worker stop at an end-of-stream mark, and does each stage's last "
                        + "worker pass one mark on per worker of the next stage?",
                "¿para cada trabajador en una marca de fin de flujo, y pasa el último trabajador de cada etapa una "
                        + "marca por cada trabajador de la etapa siguiente?");
        within(localized("process() did not end with %s: %s", "process() no terminó con %s: %s", run, endMarks),
                () -> pipeline.process(input)); // what it returns is PipelineTest's to check

        before.assertNoneLeftRunning(
                "With " + run + ". Does every worker stop at an end-of-stream mark, and does each stage's last "
                        + "worker pass one mark on per worker of the next stage? Is every thread joined or the "
                        + "executor shut down before returning?",
                "Con " + run + ". ¿Para cada trabajador en una marca de fin de flujo, y pasa el último trabajador "
                        + "de cada etapa una marca por cada trabajador de la etapa siguiente? ¿Se espera a cada "
                        + "hilo o se apaga el ejecutor antes de volver?");
    }

    private static void assertStopsWhenAStageFails(boolean firstStageFails) throws Throwable {
        String where = firstStageFails ? localized("the first stage", "la primera etapa")
                : localized("the second stage", "la segunda etapa");
        ArithmeticException boom = new ArithmeticException("boom at 500");
        AtomicLong firstStageCalls = new AtomicLong();
        LongUnaryOperator square = x -> {
            firstStageCalls.incrementAndGet();
            if (firstStageFails && x == 500) {
                throw boom;
            }
            return x * x;
        };
        LongUnaryOperator addTen = x -> {
            if (!firstStageFails && x == 500 * 500) {
                throw boom;
            }
            return x + 10;
        };
        assertStops(where, new Stage("square", 2, square), new Stage("add 10", 2, addTen), MANY, boom,
                firstStageCalls);
    }

    /**
     * The first stage is slow and fails at its sixth number, so when it fails the second stage's
     * workers are waiting on an empty queue, on every run. They must stop too: a worker that waits
     * by asking its queue again and again (poll() in a loop) never sees the interruption.
     */
    private static void assertStopsWhenTheFirstStageFailsWhileTheSecondWaits() throws Throwable {
        ArithmeticException boom = new ArithmeticException("boom at 5");
        AtomicLong firstStageCalls = new AtomicLong();
        LongUnaryOperator slowSquare = x -> {
            firstStageCalls.incrementAndGet();
            PipelineConcurrencyTest.pause(SLOW_NUMBER_MILLIS);
            if (x == 5) {
                throw boom;
            }
            return x * x;
        };
        assertStops(localized("the slow first stage, while the second stage waits for numbers",
                        "la primera etapa, lenta, mientras la segunda espera números"),
                new Stage("slow square", 2, slowSquare), new Stage("add 10", 2, x -> x + 10), 100, boom,
                firstStageCalls);
    }

    /** Runs {@code numbers} numbers through the stages, one of which throws {@code boom} on the way. */
    private static void assertStops(String where, Stage first, Stage second, int numbers, Throwable boom,
                                    AtomicLong firstStageCalls) throws Throwable {
        LiveThreads before = LiveThreads.now();
        Pipeline pipeline = new Pipeline(first, second, 2);

        Throwable[] thrown = new Throwable[1];
        within(localized("process() did not stop after a failure in %s: are the other threads interrupted "
                                + "(shutdownNow()) and waited for before it throws?",
                        "process() no se detuvo tras un fallo en %s: ¿se interrumpe a los demás hilos "
                                + "(shutdownNow()) y se espera a que terminen antes de lanzar la excepción?", where),
                () -> thrown[0] = catchThrowable(() -> pipeline.process(new Numbers(numbers))));

        assertThat(Causes.chainOf(thrown[0]))
                .as(localized("the exception %s threw did not reach the caller (what reached it: %s): rethrow a "
                                + "stage's failure from process(), possibly as the cause of your own",
                        "la excepción que lanzó %s no llegó a quien llama (lo que llegó: %s): relanza el fallo de "
                                + "una etapa desde process(), quizá como causa de la tuya", where, thrown[0]))
                .contains(boom);
        assertThat(firstStageCalls.get())
                .as(localized("the pipeline went on after %2$s failed: it must stop, not go on with the rest. "
                                + "Numbers the first stage processed, out of %1$d",
                        "la tubería siguió después de que %2$s fallara: debe detenerse, no seguir con el resto. "
                                + "Números que procesó la primera etapa, de %1$d", numbers, where))
                .isLessThan(numbers);
        before.assertNoneLeftRunning(
                "After a failure in " + where + ". Are the other threads interrupted (or the executor shut down "
                        + "with shutdownNow()) and waited for before throwing? Does a waiting thread block in take() "
                        + "or put(), where an interruption reaches it?",
                "Tras un fallo en " + where + ". ¿Se interrumpe a los demás hilos (o se apaga el ejecutor con "
                        + "shutdownNow()) y se espera a que terminen antes de lanzar la excepción? ¿Se bloquea un "
                        + "hilo que espera en take() o put(), donde le llega una interrupción?");
    }

    private static final class Numbers extends AbstractList<Long> {
        private final int size;

        Numbers(int size) {
            this.size = size;
        }

        @Override
        public Long get(int index) {
            return (long) index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Runs one pipeline under its own deadline; a hang fails with {@code hung}, the sentence that names the run. */
    private static void within(String hung, Deadline.Body<?> body) throws Throwable {
        try {
            Deadline.run(EACH_RUN, body);
        } catch (AssertionFailedError failure) {
            throw new AssertionFailedError(hung + System.lineSeparator() + failure.getMessage(), failure);
        }
    }
}
