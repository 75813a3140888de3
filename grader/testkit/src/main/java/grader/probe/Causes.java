package grader.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of causes of a failure: where a test looks for the exception it expects, since the
 * code under test may wrap it.
 *
 * <pre>{@code
 * assertThat(Causes.chainOf(thrown)).anyMatch(Boom.class::isInstance);
 * }</pre>
 */
public final class Causes {

    private Causes() {
    }

    /** The failure, its cause, the cause's cause, and so on. Empty for {@code null}. */
    public static List<Throwable> chainOf(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
