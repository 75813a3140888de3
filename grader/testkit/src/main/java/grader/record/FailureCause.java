package grader.record;

/**
 * Where a graded test's failure came from. Students are graded alike whatever the cause; the
 * instructor check needs it, because a skeleton must fail every test for the first three causes
 * only: a test that fails on a broken class path proves nothing about the skeleton.
 */
public enum FailureCause {
    /** The code's unfinished work: an {@code UnsupportedOperationException("TODO: …")} reached the test. */
    UNFINISHED,
    /** A check of the test did not hold: an assertion, a missed deadline, a falsified property. */
    CHECK,
    /** The code under test threw something else, or did what the grader forbids (System.exit, thread floods). */
    CODE,
    /** A class that the test needs is missing or does not link: the build or its class path is broken. */
    CLASS_PATH,
    /** The grader itself threw (the test kit, JUnit, a test library), not the code under test. */
    GRADER;

    /** Whether it shows the exercise's own work missing or wrong, as a skeleton's failures must. */
    public boolean isTheCodes() {
        return this == UNFINISHED || this == CHECK || this == CODE;
    }
}
