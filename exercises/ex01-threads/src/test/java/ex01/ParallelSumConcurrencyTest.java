package ex01;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.Role;
import grader.probe.Awaited;
import grader.probe.Causes;
import grader.probe.Rendezvous;
import grader.probe.Timeline;
import java.util.function.LongUnaryOperator;

/** That the parts really run at the same time, proved without a clock. */
class ParallelSumConcurrencyTest {

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "all parts are in progress at the same time, each on a thread of its own",
            es = "todas las partes están en curso a la vez, cada una en su propio hilo")
    void runsAllPartsAtTheSameTime() {
        int threads = 4;
        Awaited awaited = Awaited.byThisThread();
        Rendezvous rendezvous = new Rendezvous(threads);
        Timeline timeline = new Timeline();
        LongUnaryOperator work = awaited.around(timeline.around(rendezvous.around(i -> i)));

        long sum = ParallelSum.sum(0, 4_000, threads, work);

        awaited.assertWaitedFor(ParallelSumTest.JOIN_EVERY_THREAD_EN, ParallelSumTest.JOIN_EVERY_THREAD_ES);
        timeline.publish();
        rendezvous.assertAllMet(Thread.currentThread(),
                "Is join() inside the loop that starts the threads, or is run() called instead of start()?",
                "¿Está join() dentro del bucle que arranca los hilos, o se llama a run() en vez de a start()?");
        assertThat(rendezvous.threads())
                .as(localized("threads that ran the work", "hilos que ejecutaron el trabajo"))
                .hasSize(threads);
        assertThat(sum)
                .as(localized("the sum over [0, 4000) with %d threads must be the sum of 0 to 3999: %s",
                        "la suma en [0, 4000) con %d hilos debe ser la suma de 0 a 3999: %s", threads,
                        localized(ParallelSumTest.PARTS_HINT_EN, ParallelSumTest.PARTS_HINT_ES)))
                .isEqualTo(4_000L * 3_999 / 2);
    }

    @Graded(points = 1,
            en = "an exception thrown by the work in a worker reaches the caller",
            es = "una excepción lanzada por el trabajo en un hilo llega a quien llama")
    void aWorkersExceptionReachesTheCaller() {
        ArithmeticException boom = new ArithmeticException("boom at 42");
        Awaited awaited = Awaited.byThisThread();

        Throwable thrown = catchThrowable(() -> ParallelSum.sum(0, 100, 4, awaited.around(i -> {
            if (i == 42) {
                throw boom;
            }
            return i;
        })));

        awaited.assertWaitedFor(ParallelSumTest.JOIN_EVERY_THREAD_EN, ParallelSumTest.JOIN_EVERY_THREAD_ES);
        assertThat(Causes.chainOf(thrown))
                .as(localized("the exception thrown by work(42) must reach the caller, possibly as a cause; "
                                + "what reached it: %s",
                        "la excepción lanzada por work(42) debe llegar a quien llama, quizá como causa; "
                                + "lo que llegó: %s", thrown))
                .contains(boom);
    }
}
