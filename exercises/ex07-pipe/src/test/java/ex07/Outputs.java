package ex07;

import static grader.i18n.Messages.localized;

import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Compares a pipeline's output with the expected numbers in linear time, and reports the first
 * difference instead of two lists of a quarter of a million numbers each.
 */
final class Outputs {

    private Outputs() {
    }

    /** Fails unless {@code actual} holds exactly the {@code expected} numbers, in the same order. */
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
