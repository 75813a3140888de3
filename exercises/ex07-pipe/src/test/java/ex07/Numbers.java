package ex07;

import static grader.i18n.Messages.localized;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.opentest4j.AssertionFailedError;

/** The numbers the tests send through the pipes, and what must come out. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Ten-digit numbers, 11 bytes a line; their squares take 20. A quarter of a million of them
     * is far more than any pipe holds.
     */
    static List<Long> tenDigit(int count) {
        return LongStream.range(1_000_000_000L, 1_000_000_000L + count).boxed().collect(Collectors.toList());
    }

    /** What the lecture's two stages make of the input: the square of each number, plus 10. */
    static List<Long> squarePlusTen(List<Long> input) {
        return input.stream().map(x -> x * x + 10).collect(Collectors.toList());
    }

    /**
     * Compares an output with the expected numbers in linear time, and reports the first
     * difference instead of two lists of a quarter of a million numbers each.
     */
    static void assertSameInOrder(List<Long> expected, List<Long> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionFailedError(localized(
                        "the output differs from the expected one at position %d of %d: expected %d, got %d",
                        "la salida difiere de la esperada en la posición %d de %d: se esperaba %d, llegó %d",
                        i, expected.size(), expected.get(i), actual.get(i)));
            }
        }
        if (expected.size() != actual.size()) {
            throw new AssertionFailedError(localized(
                    "expected %d numbers in the output, got %d (the first %d are right): is a stream closed too "
                            + "early, or the output read before the end of the stream?",
                    "se esperaban %d números en la salida, llegaron %d (los %d primeros son correctos): ¿se cierra "
                            + "un flujo demasiado pronto, o se lee la salida antes del fin del flujo?",
                    expected.size(), actual.size(), Math.min(expected.size(), actual.size())));
        }
    }
}
