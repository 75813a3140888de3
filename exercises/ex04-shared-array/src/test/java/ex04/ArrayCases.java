package ex04;

import static grader.i18n.Messages.localized;

import java.util.function.IntUnaryOperator;
import org.opentest4j.AssertionFailedError;

/** The arrays the tests hand over, and the check that a function was applied to each element once. */
final class ArrayCases {

    private ArrayCases() {
    }

    /** 2, 3, ..., 101, 2, 3, ...: never 0 or 1, so squaring changes each; squared twice still fits an int. */
    static int[] ascending(int length) {
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = 2 + i % 100;
        }
        return values;
    }

    /**
     * Fails unless every element of {@code actual} is {@code f} of the same element of
     * {@code original}, naming the first element that is not and what probably happened to it.
     */
    static void assertAppliedOnce(int[] original, int[] actual, IntUnaryOperator f, String who) {
        for (int i = 0; i < original.length; i++) {
            int once = f.applyAsInt(original[i]);
            if (actual[i] == once) {
                continue;
            }
            throw new AssertionFailedError(localized(
                    "with %d elements and %s, element %d should have become %d (from %d) but is %d: %s",
                    "con %d elementos y %s, el elemento %d debía pasar a %d (desde %d) pero es %d: %s",
                    original.length, who, i, once, original[i], actual[i], whatHappened(original[i], actual[i], f)));
        }
    }

    /** What was done to {@code original} to make it {@code actual}: nothing, or f a few times, or else. */
    private static String whatHappened(int original, int actual, IntUnaryOperator f) {
        if (actual == original) {
            return localized("it was left as it was: no slice covered it, or its writes were not seen "
                            + "(was every worker waited for?)",
                    "quedó como estaba: ninguna porción lo cubría, o no se vieron sus escrituras "
                            + "(¿se esperó a todos los trabajadores?)");
        }
        int value = f.applyAsInt(original);
        for (int times = 2; times <= 4; times++) {
            value = f.applyAsInt(value);
            if (actual == value) {
                return localized("it was transformed %d times: do slices overlap?",
                        "se transformó %d veces: ¿se solapan porciones?", times);
            }
        }
        return localized("that is neither the original value nor the function applied a few times",
                "no es ni el valor original ni la función aplicada unas pocas veces");
    }
}
