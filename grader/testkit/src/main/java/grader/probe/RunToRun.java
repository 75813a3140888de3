package grader.probe;

import static grader.i18n.Messages.localized;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a result, and when it is wrong tells a race from a plain mistake: it makes the same call
 * a few more times, and a result that changes from run to run means that updates were lost to
 * threads writing the same variable at once. The grade depends on the first run only; the other
 * runs are made only to explain a failure.
 *
 * <pre>{@code
 * RunToRun.assertSameEveryRun(expected, () -> ParallelSum.sum(0, 4_000, 4, work),
 *         localized("the sum over [0, %d) with %d threads", "la suma en [0, %d) con %d hilos", 4_000, 4),
 *         localized("are the parts contiguous?", "¿son contiguas las partes?"));
 * }</pre>
 */
public final class RunToRun {

    /** How many more runs look for a result that changes. */
    private static final int MORE_RUNS = 4;

    private RunToRun() {
    }

    /**
     * Fails unless {@code run} gives {@code expected}. The failure's first sentence says whether
     * the result changes from run to run (lost updates) or is the same wrong one every time.
     *
     * @param what the result, in words, localized: {@code "the sum over [0, 10) with 3 threads"}
     * @param hint what to look at for a wrong result that does not change, localized
     */
    public static <T> void assertSameEveryRun(T expected, Supplier<T> run, String what, String hint) {
        T first = run.get();
        if (Objects.equals(expected, first)) {
            return;
        }
        List<T> results = new ArrayList<>(List.of(first));
        for (int i = 0; i < MORE_RUNS; i++) {
            results.add(run.get());
        }
        if (new LinkedHashSet<>(results).size() > 1) {
            throw new AssertionFailedError(localized(
                    "%s changes from run to run (%s; expected %s): updates were lost. Threads that update the same "
                            + "variable at once, without a lock, overwrite each other's changes: give each thread a "
                            + "variable of its own and combine them after join(), or guard the shared one with a lock.",
                    "%s cambia de una ejecución a otra (%s; se esperaba %s): se perdieron actualizaciones. Los hilos "
                            + "que actualizan la misma variable a la vez, sin cerrojo, pisan los cambios de los otros: "
                            + "da a cada hilo una variable propia y combínalas tras join(), o protege la compartida con "
                            + "un cerrojo.",
                    what, results, expected), expected, first);
        }
        throw new AssertionFailedError(localized("%s is %s instead of %s, the same in every run: %s",
                "%s es %s en vez de %s, igual en cada ejecución: %s",
                what, first, expected, hint), expected, first);
    }
}
