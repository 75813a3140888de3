package grader.record;

/** How a graded test ended, as JUnit reported it; or that it started and has not ended yet. */
public enum Outcome {
    PASSED, FAILED, ABORTED, SKIPPED,
    /**
     * Written when the test starts and superseded by its result. A test whose last record is
     * this one was running when its test JVM died.
     */
    STARTED
}
