package ex06;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.junit.Deadline;
import grader.junit.FailureMessages;
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

    @Graded(points = 2, deadlineSeconds = 90,
            en = "it always terminates and leaves no thread running, for any input size and number of workers",
            es = "siempre termina y no deja ningún hilo en marcha, para cualquier tamaño de entrada y número de trabajadores")
    void alwaysTerminatesAndLeavesNoThreadRunning() throws Throwable {
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
    }

    private static void assertTerminatesCleanly(int size, int firstWorkers, int secondWorkers, int capacity)
            throws Throwable {
        String run = localized("%d numbers, %d and %d workers, queues of capacity %d",
                "%d números, %d y %d trabajadores, colas de capacidad %d", size, firstWorkers, secondWorkers, capacity);
        Pipeline pipeline = new Pipeline(new Stage("square", firstWorkers, x -> x * x),
                new Stage("add 10", secondWorkers, x -> x + 10), capacity);
        LiveThreads before = LiveThreads.now();

        String endMarks = localized("does every worker stop at an end-of-stream mark, and does each stage's last "
                        + "worker pass one mark on per worker of the next stage?",
                "¿para cada trabajador en una marca de fin de flujo, y pasa el último trabajador de cada etapa una "
                        + "marca por cada trabajador de la etapa siguiente?");
        Object[] output = new Object[1];
        within(localized("process() did not end with %s: %s", "process() no terminó con %s: %s", run, endMarks),
                () -> output[0] = pipeline.process(PipelineConcurrencyTest.numbers(size)));

        assertThat((List<?>) output[0])
                .as(localized("the output with %s must hold one number per input number",
                        "la salida con %s debe tener un número por cada número de entrada", run))
                .hasSize(size);

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
        Pipeline pipeline = new Pipeline(new Stage("square", 2, square), new Stage("add 10", 2, addTen), 2);
        LiveThreads before = LiveThreads.now();

        Throwable[] thrown = new Throwable[1];
        within(localized("process() did not stop after a failure in %s: are the other threads interrupted "
                                + "(shutdownNow()) and waited for before it throws?",
                        "process() no se detuvo tras un fallo en %s: ¿se interrumpe a los demás hilos "
                                + "(shutdownNow()) y se espera a que terminen antes de lanzar la excepción?", where),
                () -> thrown[0] = catchThrowable(() -> pipeline.process(new Numbers(MANY))));

        assertThat(FailureMessages.causeChain(thrown[0]))
                .as(localized("the exception %s threw did not reach the caller (what reached it: %s): rethrow a "
                                + "stage's failure from process(), possibly as the cause of your own",
                        "la excepción que lanzó %s no llegó a quien llama (lo que llegó: %s): relanza el fallo de "
                                + "una etapa desde process(), quizá como causa de la tuya", where, thrown[0]))
                .contains(boom);
        assertThat(firstStageCalls.get())
                .as(localized("numbers the first stage processed out of %d after %s failed at the 501st: the "
                                + "pipeline must stop, not go on with the rest",
                        "números que procesó la primera etapa de %d después de que %s fallara en el 501.º: la "
                                + "tubería debe detenerse, no seguir con el resto", MANY, where))
                .isLessThan(MANY);
        before.assertNoneLeftRunning(
                "After a failure in " + where + ". Are the other threads interrupted (or the executor shut down "
                        + "with shutdownNow()) and waited for before throwing?",
                "Tras un fallo en " + where + ". ¿Se interrumpe a los demás hilos (o se apaga el ejecutor con "
                        + "shutdownNow()) y se espera a que terminen antes de lanzar la excepción?");
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
    private static void within(String hung, Deadline.Body body) throws Throwable {
        try {
            Deadline.run(EACH_RUN, body);
        } catch (AssertionFailedError failure) {
            throw new AssertionFailedError(hung + System.lineSeparator() + failure.getMessage(), failure);
        }
    }
}
