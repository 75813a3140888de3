package grader.record;

import static org.assertj.core.api.Assertions.assertThat;

import grader.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static TestRecord result(String method, Role role, Outcome outcome, int points) {
        return new TestRecord("b", "ex.T", method, method, method, points, role, outcome, "", "", 5, null, null);
    }

    @Test
    void aPassedTestEarnsItsPointsAndAFailedOneNone() {
        assertThat(Scoring.earns(result("a", Role.CHECK, Outcome.PASSED, 2), false)).isTrue();
        assertThat(Scoring.earns(result("b", Role.CHECK, Outcome.FAILED, 2), true)).isFalse();
        assertThat(Scoring.earns(result("c", Role.CHECK, Outcome.STARTED, 2), true)).isFalse();
    }

    @Test
    void aSpeedupThatWasNotMeasuredEarnsItsPointsOnlyWhenTheProofsPassed() {
        TestRecord notMeasured = result("fast", Role.SPEEDUP, Outcome.ABORTED, 2);

        assertThat(Scoring.notMeasured(notMeasured)).isTrue();
        assertThat(Scoring.earns(notMeasured, true)).isTrue();
        assertThat(Scoring.earns(notMeasured, false)).isFalse();
        assertThat(Scoring.notMeasured(result("other", Role.CHECK, Outcome.ABORTED, 1))).isFalse();
    }

    @Test
    void theProofsPassedOnlyWhenThereIsOneAndEveryOnePassed() {
        TestRecord passed = result("p1", Role.CONCURRENCY_PROOF, Outcome.PASSED, 3);
        TestRecord failed = result("p2", Role.CONCURRENCY_PROOF, Outcome.FAILED, 3);
        TestRecord check = result("c", Role.CHECK, Outcome.PASSED, 1);

        assertThat(Scoring.proofsPassed(List.of(passed, check))).isTrue();
        assertThat(Scoring.proofsPassed(List.of(passed, failed))).isFalse();
        assertThat(Scoring.proofsPassed(List.of(check))).isFalse();
    }
}
