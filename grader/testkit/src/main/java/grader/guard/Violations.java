package grader.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link SubmissionError} thrown in this JVM, in order, so the test that was running can
 * fail with it even when the submission threw it in a thread of its own or caught it.
 */
public final class Violations {

    /** Guarded by itself. */
    private static final List<SubmissionError> LOG = new ArrayList<>();

    private Violations() {
    }

    /** A position in the log: what {@link #since} counts from. */
    public static int mark() {
        synchronized (LOG) {
            return LOG.size();
        }
    }

    /** Everything recorded after {@code mark}. */
    public static List<SubmissionError> since(int mark) {
        synchronized (LOG) {
            return List.copyOf(LOG.subList(Math.min(mark, LOG.size()), LOG.size()));
        }
    }

    static <E extends SubmissionError> E record(E error) {
        synchronized (LOG) {
            LOG.add(error);
        }
        return error;
    }
}
