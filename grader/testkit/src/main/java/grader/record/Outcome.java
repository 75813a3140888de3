package grader.record;

/** How a graded test ended, as JUnit reported it. */
public enum Outcome {
    PASSED, FAILED, ABORTED, SKIPPED
}
