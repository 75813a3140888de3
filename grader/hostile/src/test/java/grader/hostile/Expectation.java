package grader.hostile;

import java.util.List;

/**
 * What one test of the fixture course must come out as.
 *
 * @param failureMode   what the submission does, in a few words
 * @param exercise      the fixture exercise
 * @param test          {@code Class#method}, the class without its package
 * @param status        its status in the grade ({@code PASSED}, {@code FAILED}, {@code DID_NOT_RUN},
 *                      {@code VOIDED}; alternatives as {@code PASSED|NOT_MEASURED}), or {@link #ABSENT}
 *                      when it must not be in the grade at all
 * @param withinSeconds the most the test may take
 * @param english       what its explanation in English must say: phrases of its message, its
 *                      location or its exercise's message
 * @param spanish       the same, in Spanish
 */
record Expectation(String failureMode, String exercise, String test, String status, int withinSeconds,
                   List<String> english, List<String> spanish) {

    /** The status of a graded test the student added: it is not part of the grade. */
    static final String ABSENT = "ABSENT";

    /** The statuses it may have. */
    List<String> statuses() {
        return List.of(status.split("\\|"));
    }

    /** Whether it must earn its points: passed, or a speed-up not measured whose exercise's proof passed. */
    boolean earnsPoints() {
        return statuses().stream().allMatch(s -> s.equals("PASSED") || s.equals("NOT_MEASURED"));
    }

    /** {@code ex01.HangsTest#spins}: the test's id in the grade. */
    String testId() {
        return "ex" + exercise.substring(2, 4) + "." + test;
    }
}
