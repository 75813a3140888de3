package ex07;

import java.io.IOException;

/** A stage's child process ended with a non-zero exit status: the pipeline's output cannot be trusted. */
public final class ChildFailedException extends IOException {

    private final int exitStatus;
    private final String standardErrorTail;

    /**
     * @param child             the stage's name
     * @param exitStatus        the child's exit status, not 0
     * @param standardErrorTail the end of what the child wrote to its standard error
     */
    public ChildFailedException(String child, int exitStatus, String standardErrorTail) {
        super("the stage \"" + child + "\" exited with status " + exitStatus
                + "; the end of its standard error:\n" + standardErrorTail);
        this.exitStatus = exitStatus;
        this.standardErrorTail = standardErrorTail;
    }

    public int exitStatus() {
        return exitStatus;
    }

    public String standardErrorTail() {
        return standardErrorTail;
    }
}
