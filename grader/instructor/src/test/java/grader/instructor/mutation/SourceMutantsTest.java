package grader.instructor.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import grader.Role;
import grader.record.Outcome;
import grader.record.TestRecord;
import grader.scoreboard.GradedTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMutantsTest {

    private static final List<GradedTest> TESTS = List.of(
            new GradedTest("ex01.DemoTest", "answers", 3, "answers", "responde"),
            new GradedTest("ex01.DemoSpeedupTest", "isFast", 2, "is fast", "es rápido"));

    @Test
    void killedWhenAGradedTestDidNotPassAndSurvivedWhenAllDidOrASpeedUpTestWasSkipped() {
        assertThat(SourceMutants.verdict(TESTS, List.of(record("ex01.DemoTest", "answers", Role.CHECK, Outcome.STARTED),
                record("ex01.DemoTest", "answers", Role.CHECK, Outcome.PASSED),
                record("ex01.DemoSpeedupTest", "isFast", Role.SPEEDUP, Outcome.SKIPPED)))).contains("");

        assertThat(SourceMutants.verdict(TESTS, List.of(record("ex01.DemoTest", "answers", Role.CHECK, Outcome.FAILED),
                record("ex01.DemoSpeedupTest", "isFast", Role.SPEEDUP, Outcome.SKIPPED)))).contains("ex01.DemoTest#answers");
    }

    @Test
    void aTestJvmThatDiedKillsAndARunWithoutAnyResultDidNotRun() {
        assertThat(SourceMutants.verdict(TESTS, List.of(record("ex01.DemoTest", "answers", Role.CHECK, Outcome.STARTED))))
                .contains("ex01.DemoTest#answers");
        assertThat(SourceMutants.verdict(TESTS, List.of(record("ex01.DemoTest", "answers", Role.CHECK, Outcome.PASSED))))
                .as("the speed-up test's class never ran").contains("ex01.DemoSpeedupTest#isFast");
        assertThat(SourceMutants.verdict(TESTS, List.of())).isEmpty();
    }

    private static TestRecord record(String testClass, String method, Role role, Outcome outcome) {
        return new TestRecord("source-mutant-1", testClass, method, method, method, 1, role, outcome, "", "", 0, null, null);
    }
}
