package grader.guard;

/**
 * Thrown into the submission where it tried something that would take the grading down with
 * it. An {@link Error}, so that {@code catch (Exception e)} in student code does not swallow it.
 * It is also recorded in {@link Violations}, so the test fails even when it was thrown in a
 * thread of the submission's own or caught there.
 */
public abstract class SubmissionError extends Error {

    private static final long serialVersionUID = 1L;

    private final String threadName = Thread.currentThread().getName();

    protected SubmissionError(String message) {
        super(message);
    }

    /** The thread that tried it. */
    public String threadName() {
        return threadName;
    }
}
