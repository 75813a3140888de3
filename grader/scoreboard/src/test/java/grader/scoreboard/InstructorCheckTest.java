package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.scoreboard.TestGrade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructorCheckTest {

    private static TestGrade test(Status status, int points) {
        return new TestGrade("ex.T#m", "m", status, points, 2, "", "", 0, null);
    }

    private static CourseGrade course(TestGrade... tests) {
        int points = List.of(tests).stream().mapToInt(TestGrade::points).sum();
        return CourseGrade.of(Lang.EN, "b", List.of(new ExerciseGrade("ex09-demo", "Demo",
                ExerciseGrade.Status.GRADED, points, 2 * tests.length, "", List.of(tests))));
    }

    @Test
    void aSkeletonThatFailsEverythingAndASolutionThatPassesEverythingAreSound() {
        InstructorCheck check = InstructorCheck.of(course(test(Status.FAILED, 0)), course(test(Status.PASSED, 2)));

        assertThat(check.passed()).isTrue();
    }

    @Test
    void aTestThatPassesOnTheSkeletonChecksNothing() {
        InstructorCheck check = InstructorCheck.of(course(test(Status.PASSED, 2)), course(test(Status.PASSED, 2)));

        assertThat(check.passed()).isFalse();
        assertThat(check.render()).contains("checks nothing");
    }

    @Test
    void aSolutionShortOfFullMarksIsReported() {
        InstructorCheck check = InstructorCheck.of(course(test(Status.FAILED, 0)), course(test(Status.FAILED, 0)));

        assertThat(check.passed()).isFalse();
        assertThat(check.render()).contains("solution");
    }

    @Test
    void aMissingSolutionIsReported() {
        InstructorCheck check = InstructorCheck.of(course(test(Status.FAILED, 0)), CourseGrade.of(Lang.EN, "b", List.of()));

        assertThat(check.passed()).isFalse();
        assertThat(check.render()).contains("no reference solution");
    }
}
