package grader.guard;

/**
 * Ends a thread of the submission that outlived its test: thrown at the next loop iteration of
 * student code once the grader has stopped the thread (see {@link RunawayThreads}).
 */
public final class StoppedThreadError extends Error {

    private static final long serialVersionUID = 1L;

    StoppedThreadError() {
        super("stopped by the grader: this thread outlived its test");
    }
}
