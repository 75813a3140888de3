package ex06;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.probe.Awaited;
import grader.property.Theories;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** What the pipeline computes: the lecture's square-then-add, for any input and any shape. */
class PipelineTest {

    /** A large input: many times any queue's capacity, so every queue fills and drains many times. */
    private static final List<Long> LARGE = LongStream.range(-10_000, 10_000).boxed().collect(Collectors.toList());
    private static final String WAIT_FOR_EVERY_THREAD_EN = "Does process() wait for every thread of the pipeline "
            + "(join(), or the pool's shutdown() and awaitTermination()) before it returns the output?";
    private static final String WAIT_FOR_EVERY_THREAD_ES = "¿Espera process() a cada hilo de la tubería (join(), o "
            + "shutdown() y awaitTermination() del pool) antes de devolver la salida?";

    @Graded(points = 3,
            en = "with one worker per stage the output is x*x + v for every input x, in input order",
            es = "con un trabajador por etapa la salida es x*x + v para cada entrada x, en el orden de entrada")
    void computesSquarePlusValueInInputOrder() throws InterruptedException {
        assertInOrder(List.of(), 10, 1);   // empty: only the end-of-stream mark travels
        assertInOrder(List.of(7L), 10, 1); // one number
        assertInOrder(LARGE, 10, 4);
        Theories.theory()
                .forAll(lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 300),
                        longs().between(-100, 100), integers().between(1, 8))
                .checkAssert((input, v, capacity) -> {
                    try {
                        assertInOrder(input, v, capacity);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Graded(points = 2,
            en = "with several workers per stage the output holds the same numbers, in any order",
            es = "con varios trabajadores por etapa la salida tiene los mismos números, en cualquier orden")
    void computesTheSameNumbersWithSeveralWorkers() throws InterruptedException {
        assertTheLastWorkerOfAStageIsWaitedFor(true);
        assertTheLastWorkerOfAStageIsWaitedFor(false);
        assertSameNumbers(List.of(), 3, 2, 2);
        assertSameNumbers(List.of(7L), 4, 4, 1);
        assertSameNumbers(LARGE, 3, 4, 4);
        Theories.theory()
                .forAll(lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 300),
                        integers().between(1, 4), integers().between(1, 4), integers().between(1, 8))
                .checkAssert((input, firstWorkers, secondWorkers, capacity) -> {
                    try {
                        assertSameNumbers(input, firstWorkers, secondWorkers, capacity);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static void assertInOrder(List<Long> input, long v, int capacity) throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        Pipeline pipeline = new Pipeline(new Stage("square", 1, awaited.around(x -> x * x)),
                new Stage("add " + v, 1, awaited.around(x -> x + v)), capacity);
        List<Long> output = pipeline.process(input);
        awaited.assertWaitedFor(WAIT_FOR_EVERY_THREAD_EN, WAIT_FOR_EVERY_THREAD_ES);
        assertThat(output)
                .as(localized("output for %d numbers, one worker per stage, queues of capacity %d",
                        "salida para %d números, un trabajador por etapa, colas de capacidad %d",
                        input.size(), capacity))
                .containsExactlyElementsOf(squarePlus(input, v));
    }

    private static void assertSameNumbers(List<Long> input, int firstWorkers, int secondWorkers, int capacity)
            throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        Pipeline pipeline = new Pipeline(new Stage("square", firstWorkers, awaited.around(x -> x * x)),
                new Stage("add 10", secondWorkers, awaited.around(x -> x + 10)), capacity);
        List<Long> output = pipeline.process(input);
        awaited.assertWaitedFor(WAIT_FOR_EVERY_THREAD_EN, WAIT_FOR_EVERY_THREAD_ES);
        assertThat(output)
                .as(localized("output for %d numbers, %d and %d workers, queues of capacity %d: every number "
                                + "exactly once, none lost, none twice",
                        "salida para %d números, %d y %d trabajadores, colas de capacidad %d: cada número "
                                + "exactamente una vez, ninguno perdido, ninguno repetido",
                        input.size(), firstWorkers, secondWorkers, capacity))
                .containsExactlyInAnyOrderElementsOf(squarePlus(input, 10));
    }

    /**
     * One worker of a stage finishes its number only after the stage's other worker has stopped
     * ({@link LateWorkers}): that number is lost when the first worker to stop passes the end of
     * the stream on, on every run, not only when the scheduler happens to show it.
     */
    private static void assertTheLastWorkerOfAStageIsWaitedFor(boolean inFirstStage) throws InterruptedException {
        LateWorkers late = new LateWorkers(10, 1, inFirstStage);
        Pipeline pipeline = new Pipeline(late.first(2), late.second(2), 4);
        String stage = inFirstStage ? localized("first", "primera") : localized("second", "segunda");
        assertThat(pipeline.process(late.input()))
                .as(localized("output for 10 numbers, 2 workers per stage, when one worker of the %s stage finishes "
                                + "its number after the other has stopped: does the LAST worker of a stage to stop "
                                + "pass the end of the stream on? When the first one to stop does, a worker still "
                                + "busy with its last number puts it behind the end-of-stream marks, and it is lost",
                        "salida para 10 números, 2 trabajadores por etapa, cuando un trabajador de la %s etapa "
                                + "termina su número después de que el otro haya parado: ¿pasa la marca de fin de "
                                + "flujo el ÚLTIMO trabajador de una etapa en parar? Si lo hace el primero en parar, "
                                + "un trabajador aún ocupado con su último número lo pone detrás de las marcas, y se "
                                + "pierde", stage))
                .containsExactlyInAnyOrderElementsOf(late.expected());
    }

    private static List<Long> squarePlus(List<Long> input, long v) {
        return input.stream().map(x -> x * x + v).collect(Collectors.toList());
    }
}
