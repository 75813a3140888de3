package grader.scoreboard;

import java.util.List;
import java.util.Map;

/**
 * An exercise's graded tests as the scoreboard counts them.
 *
 * @param declared the tests the exercise is graded on, in order
 * @param voided   why a declared test's result does not count, by test id
 * @param added    graded tests in the sources that the course does not have: ignored
 */
public record TestFiles(List<GradedTest> declared, Map<String, String> voided, List<GradedTest> added) {

    /** Without a manifest: the tests found in the sources, all of them counting. */
    public static TestFiles asScanned(List<GradedTest> scanned) {
        return new TestFiles(scanned, Map.of(), List.of());
    }
}
