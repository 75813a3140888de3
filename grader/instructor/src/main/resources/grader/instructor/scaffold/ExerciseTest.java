package {{package}};

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.property.Theories;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/**
 * The answer, checked on many inputs: the same count as a plain loop; and the arguments it
 * refuses. grader/bin/new-exercise
 * wrote this class and its three neighbours as examples, one kind of graded test per class (one
 * test JVM per class, so a hang or a crash costs only the tests of its class): make them the
 * exercise's own. Each fails on the skeleton and passes on the reference solution.
 */
class {{Class}}Test {

    /** About a third of the numbers pass, so counting a number twice or never changes the count. */
    private static final LongPredicate MULTIPLE_OF_THREE = i -> i % 3 == 0;

    /** A property: the same answer as a plain loop, on 100 inputs from the course's fixed seed. */
    @Graded(points = 3,
            en = "counts the same as a sequential loop for any range and number of workers",
            es = "cuenta lo mismo que un bucle secuencial para cualquier rango y número de trabajadores")
    void countsTheSameAsASequentialLoop() {
        Theories.theory()
                .forAll(longs().between(-1_000, 1_000), integers().between(0, 300), integers().between(1, 16))
                .checkAssert((from, size, workers) -> assertThat({{Class}}.count(from, from + size, workers,
                        MULTIPLE_OF_THREE))
                        .as(localized("count over [%d, %d) with %d workers", "cuenta en [%d, %d) con %d trabajadores",
                                from, from + size, workers))
                        .isEqualTo(LongStream.range(from, from + size).filter(MULTIPLE_OF_THREE).count()));
    }

    /** The contract's edges: what no property test reaches, tried one by one. */
    @Graded(points = 1,
            en = "fewer than one worker, or a range whose start is after its end, is rejected with a message that names the values",
            es = "menos de un trabajador, o un rango cuyo inicio está después de su fin, se rechaza con un mensaje que dice los valores")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> {{Class}}.count(0, 10, 0, MULTIPLE_OF_THREE))
                .as(localized("count with 0 workers", "cuenta con 0 trabajadores"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> {{Class}}.count(10, 5, 2, MULTIPLE_OF_THREE))
                .as(localized("count over [10, 5)", "cuenta en [10, 5)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10")
                .hasMessageContaining("5");
    }
}
