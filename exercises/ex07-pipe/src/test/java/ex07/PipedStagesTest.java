package ex07;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.probe.Awaited;
import grader.property.Properties;
import java.io.IOException;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** Part (a): two stages in one JVM, connected by a pipe. */
class PipedStagesTest {

    private static final LongUnaryOperator SQUARE = x -> x * x;
    private static final LongUnaryOperator ADD_TEN = x -> x + 10;

    @Graded(points = 2,
            en = "in one JVM, two stages connected by a pipe compute x*x + 10 for every number, in order",
            es = "en una JVM, dos etapas conectadas por una tubería calculan x*x + 10 para cada número, en orden")
    void computesBothStagesInOrder() throws Exception {
        assertComputesBothStages(List.of());
        assertComputesBothStages(List.of(-7L));
        Properties.theory()
                .forAll(lists().of(longs().between(-3_000_000_000L, 3_000_000_000L)).ofSizeBetween(0, 500))
                .checkAssert(input -> {
                    try {
                        assertComputesBothStages(input);
                    } catch (IOException | InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Graded(points = 2, deadlineSeconds = 20,
            en = "in one JVM, more than 4 MiB go through the pipe without a deadlock",
            es = "en una JVM, más de 4 MiB pasan por la tubería sin interbloqueo")
    void movesFourMebibytesWithoutDeadlock() throws Exception {
        // 250,000 squares of ten-digit numbers: 5 MB through a pipe of 1 KiB.
        assertComputesBothStages(Numbers.tenDigit(250_000));
    }

    private static void assertComputesBothStages(List<Long> input) throws IOException, InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        List<Long> output = PipedStages.run(input, awaited.around(SQUARE), ADD_TEN);
        awaited.assertWaitedFor("Does run() join() the first stage's thread once it has read the pipe to its end?",
                "¿Hace run() join() del hilo de la primera etapa cuando ha leído la tubería hasta su fin?");
        Numbers.assertSameInOrder(Numbers.squarePlusTen(input), output);
    }
}
