package grader.instructor.grading;

/**
 * A file of a student's repository that the grade does not use, compared with the template
 * the student received.
 *
 * @param kind how it differs
 * @param file its path, relative to the repository, {@code /}-separated
 */
public record FileChange(Kind kind, String file) {

    /** How a file differs from the student template. */
    public enum Kind {
        /** A protected file (tests, build files, grader, workflows...) with other content. */
        MODIFIED,
        /** A protected file the student removed. */
        DELETED,
        /** A file outside the exercises' main sources that the template does not have. */
        ADDED,
        /**
         * A file among the main sources that is not graded: outside the exercise's package (a
         * class there could shadow the grader's own) or a symbolic link.
         */
        IGNORED
    }

    /** Whether the student changed something the grade protects (as opposed to an ignored file). */
    public boolean protectedFile() {
        return kind != Kind.IGNORED;
    }
}
