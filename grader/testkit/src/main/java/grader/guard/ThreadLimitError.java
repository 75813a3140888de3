package grader.guard;

/** The submission tried to start a thread while {@link #limit()} threads were alive. */
public final class ThreadLimitError extends SubmissionError {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public ThreadLimitError(int limit) {
        super("thread not started: " + limit + " threads are alive, the most a test may have");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
