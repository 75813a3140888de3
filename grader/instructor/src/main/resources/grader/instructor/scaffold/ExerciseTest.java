package {{package}};

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.property.Properties;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/**
 * The answer, checked on many inputs: the same count as a plain loop. grader/bin/new-exercise
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
        Properties.theory()
                .forAll(longs().between(-1_000, 1_000), integers().between(0, 300), integers().between(1, 16))
                .checkAssert((from, size, workers) -> assertThat({{Class}}.count(from, from + size, workers,
                        MULTIPLE_OF_THREE))
                        .as(localized("count over [%d, %d) with %d workers", "cuenta en [%d, %d) con %d trabajadores",
                                from, from + size, workers))
                        .isEqualTo(LongStream.range(from, from + size).filter(MULTIPLE_OF_THREE).count()));
    }
}
