package ex01;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.probe.Awaited;
import grader.probe.RunToRun;
import grader.property.Theories;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** What the sum computes: the same as a plain loop, for any range and any number of threads. */
class ParallelSumTest {

    /** Not linear, so adding up the wrong part or a part twice changes the sum. */
    private static final LongUnaryOperator SQUARE_PLUS_SEVEN = i -> i * i + 7;
    /** What to look at when a sum is wrong the same way every time. */
    static final String PARTS_HINT_EN = "do the parts cover the range, each number in exactly one part "
            + "(new Range(from, to).split(threads))? The test of each number being processed once shows which.";
    static final String PARTS_HINT_ES = "¿cubren las partes el rango, cada número en exactamente una parte "
            + "(new Range(from, to).split(threads))? La prueba de que cada número se procesa una vez muestra cuál.";
    static final String JOIN_EVERY_THREAD_EN = "Does sum() join() every thread it starts before it adds up the parts?";
    static final String JOIN_EVERY_THREAD_ES = "¿Hace sum() join() de cada hilo que arranca antes de sumar las partes?";

    @Graded(points = 3,
            en = "the parallel sum equals the sequential sum for any range and number of threads",
            es = "la suma paralela es igual a la secuencial para cualquier rango y número de hilos")
    void equalsTheSequentialSum() {
        // The cases students miss most, then random ones.
        assertSameAsSequential(0, 0, 4);     // empty range
        assertSameAsSequential(-50, -20, 3); // negative bounds
        assertSameAsSequential(5, 8, 16);    // fewer numbers than threads
        assertSameAsSequential(0, 10, 3);    // parts of different sizes
        Theories.theory()
                .forAll(longs().between(-1_000, 1_000), integers().between(0, 300), integers().between(1, 16))
                .checkAssert((from, size, threads) -> assertSameAsSequential(from, from + size, threads));
    }

    @Graded(points = 2,
            en = "every number of the range is processed exactly once",
            es = "cada número del rango se procesa exactamente una vez")
    void processesEveryNumberExactlyOnce() {
        Theories.theory()
                .forAll(longs().between(-1_000, 1_000), integers().between(0, 300), integers().between(1, 16))
                .checkAssert((from, size, threads) -> {
                    Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
                    Awaited awaited = Awaited.byThisThread();
                    ParallelSum.sum(from, from + size, threads, awaited.around(i -> {
                        calls.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet();
                        return i;
                    }));
                    awaited.assertWaitedFor(JOIN_EVERY_THREAD_EN, JOIN_EVERY_THREAD_ES);
                    for (long i = from; i < from + size; i++) {
                        AtomicInteger count = calls.remove(i);
                        assertThat(count == null ? 0 : count.get())
                                .as(localized("times work(%d) was called for [%d, %d) with %d threads",
                                        "veces que se llamó work(%d) para [%d, %d) con %d hilos",
                                        i, from, from + size, threads))
                                .isEqualTo(1);
                    }
                    assertThat(calls.keySet())
                            .as(localized("numbers outside [%d, %d) that were processed",
                                    "números fuera de [%d, %d) que se procesaron", from, from + size))
                            .isEmpty();
                });
    }

    @Graded(points = 1,
            en = "fewer than one thread is rejected with a message that names the value",
            es = "menos de un hilo se rechaza con un mensaje que dice el valor")
    void rejectsFewerThanOneThread() {
        for (int threads : new int[] {0, -3}) {
            assertThatThrownBy(() -> ParallelSum.sum(0, 10, threads, SQUARE_PLUS_SEVEN))
                    .as(localized("sum with threads = %d must throw an IllegalArgumentException whose message names %d",
                            "sum con threads = %d debe lanzar una IllegalArgumentException cuyo mensaje diga %d",
                            threads, threads))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(threads));
        }
    }

    @Graded(points = 1,
            en = "a range whose start is after its end is rejected with a message that names both",
            es = "un rango cuyo inicio está después de su fin se rechaza con un mensaje que dice ambos")
    void rejectsAReversedRange() {
        assertThatThrownBy(() -> ParallelSum.sum(10, 5, 2, SQUARE_PLUS_SEVEN))
                .as(localized("sum over [10, 5) must throw an IllegalArgumentException whose message names 10 and 5: "
                                + "new Range(from, to) rejects a reversed range",
                        "sum en [10, 5) debe lanzar una IllegalArgumentException cuyo mensaje diga 10 y 5: "
                                + "new Range(from, to) rechaza un rango invertido"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10")
                .hasMessageContaining("5");
    }

    private static void assertSameAsSequential(long from, long to, int threads) {
        RunToRun.assertSameEveryRun(LongStream.range(from, to).map(SQUARE_PLUS_SEVEN).sum(), () -> {
                    Awaited awaited = Awaited.byThisThread();
                    long sum = ParallelSum.sum(from, to, threads, awaited.around(SQUARE_PLUS_SEVEN));
                    awaited.assertWaitedFor(JOIN_EVERY_THREAD_EN, JOIN_EVERY_THREAD_ES);
                    return sum;
                },
                localized("the sum over [%d, %d) with %d threads", "la suma en [%d, %d) con %d hilos", from, to, threads),
                localized(PARTS_HINT_EN, PARTS_HINT_ES));
    }
}
