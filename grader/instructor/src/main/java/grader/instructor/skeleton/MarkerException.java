package grader.instructor.skeleton;

/** A marker out of place: unbalanced, nested or malformed. */
public final class MarkerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    MarkerException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line of the marker at fault, counted from 1. */
    public int line() {
        return line;
    }
}
