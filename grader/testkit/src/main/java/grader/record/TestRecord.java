package grader.record;

import com.google.gson.JsonObject;
import grader.Role;

/**
 * One graded test's result, as the test JVM recorded it for the scoreboard.
 *
 * @param build       the Maven run that produced it; results of other runs are stale
 * @param testClass   fully qualified name of the test class
 * @param testMethod  name of the test method
 * @param nameEn      the test's sentence in English
 * @param nameEs      the test's sentence in Spanish
 * @param points      points the test is worth
 * @param role        what the test proves
 * @param outcome     how it ended
 * @param message     why it failed or was aborted, in the run's language; empty when it passed
 * @param location    the student's file and line where the failure originates, or empty
 * @param durationMillis how long the test ran
 * @param evidence    what the test measured or observed (speed-up figures, worker timeline)
 * @param cause       where its failure came from; null unless it failed
 */
public record TestRecord(
        String build,
        String testClass,
        String testMethod,
        String nameEn,
        String nameEs,
        int points,
        Role role,
        Outcome outcome,
        String message,
        String location,
        long durationMillis,
        JsonObject evidence,
        FailureCause cause) {

    /** The key that identifies this test within its exercise: {@code Class#method}. */
    public String testId() {
        return testId(testClass, testMethod);
    }

    public static String testId(String testClass, String testMethod) {
        return testClass + "#" + testMethod;
    }
}
