package ex07;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.probe.Awaited;
import grader.probe.Causes;
import grader.property.Theories;
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
        Theories.theory()
                .forAll(lists().of(longs().between(-3_000_000_000L, 3_000_000_000L)).ofSizeBetween(0, 500))
                .checkAssert(input -> {
                    try {
                        assertComputesBothStages(input);
                    } catch (IOException | InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Graded(points = 1,
            en = "in one JVM, what the first stage throws reaches the caller of run",
            es = "en una JVM, lo que lanza la primera etapa llega a quien llama a run")
    void theFirstStagesExceptionReachesTheCaller() {
        ArithmeticException boom = new ArithmeticException("boom at 3");
        LongUnaryOperator squareFailingAtThree = x -> {
            if (x == 3) {
                throw boom;
            }
            return x * x;
        };

        Awaited awaited = Awaited.byThisThread();
        Throwable thrown = catchThrowable(
                () -> PipedStages.run(List.of(1L, 2L, 3L, 4L), awaited.around(squareFailingAtThree), ADD_TEN));
        // The first stage's thread is held as it ends until the caller waits for it: a call without
        // join() returns first every time, not only when the scheduler happens to let it.
        awaited.assertWaitedFor("Does run() join() the first stage's thread before it looks at what that thread threw?",
                "¿Hace run() join() del hilo de la primera etapa antes de mirar lo que lanzó?");

        assertThat(Causes.chainOf(thrown))
                .as(localized("what run threw when the first stage threw %s at 3: the first stage runs on a thread of "
                                + "its own, so keep what it threw and rethrow it after join(); what reached the caller: %s",
                        "lo que lanzó run cuando la primera etapa lanzó %s en el 3: la primera etapa corre en un hilo "
                                + "propio, así que guarda lo que lanzó y reláñzalo tras join(); lo que llegó: %s",
                        boom, thrown))
                .contains(boom);
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
