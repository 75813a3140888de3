package grader.guard;

/** The submission tried to end the JVM that grades it ({@code System.exit}, {@code Runtime.halt}). */
public final class ExitBlockedError extends SubmissionError {

    private static final long serialVersionUID = 1L;

    private final String call;

    public ExitBlockedError(String call) {
        super(call + " was blocked: it would end the JVM that grades the submission");
        this.call = call;
    }

    /** The call as written in the submission, e.g. {@code System.exit(0)}. */
    public String call() {
        return call;
    }
}
