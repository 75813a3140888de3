package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.record.FailureCause;
import grader.scoreboard.TestGrade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructorCheckTest {

    private static TestGrade test(Status status, int points) {
        return test(status, points, status == Status.FAILED ? FailureCause.UNFINISHED : null,
                status == Status.FAILED ? "not implemented yet: TODO: Demo.run" : "");
    }

    private static TestGrade test(Status status, int points, FailureCause cause, String message) {
        return new TestGrade("ex.T#m", "m", status, points, 2, message, "", 0, null, cause);
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

    @Test
    void aSkeletonThatFailsOnlyBecauseAClassIsMissingProvesNothingAndTheCauseIsNamed() {
        TestGrade linkageError = test(Status.FAILED, 0, FailureCause.CLASS_PATH,
                "your code threw java.lang.NoClassDefFoundError: org/jetbrains/lincheck/Lincheck");

        InstructorCheck check = InstructorCheck.of(course(linkageError), course(linkageError));

        assertThat(check.passed()).isFalse();
        assertThat(check.render()).contains(
                "ex09-demo skeleton: ex.T#m fails because a class it needs is missing from the test class path",
                "grader.race.Interleavings needs org.jetbrains.lincheck:lincheck as a test dependency in the "
                        + "exercise's and in the solution's pom.xml",
                "not because of the skeleton's missing work, so it proves nothing",
                "NoClassDefFoundError: org/jetbrains/lincheck/Lincheck",
                "ex09-demo solution: ex.T#m is FAILED because a class it needs is missing");
    }

    @Test
    void anyOtherMissingClassAsksForTheTestDependency() {
        TestGrade linkageError = test(Status.FAILED, 0, FailureCause.CLASS_PATH,
                "your code threw java.lang.NoClassDefFoundError: org/example/Library");

        InstructorCheck check = InstructorCheck.of(course(linkageError), course(test(Status.PASSED, 2)));

        assertThat(check.render()).contains("does a pom.xml lack a test dependency?");
    }

    @Test
    void aSkeletonWhoseTestTheGraderItselfFailsIsReported() {
        TestGrade graderError = test(Status.FAILED, 0, FailureCause.GRADER, "your code threw IllegalStateException");

        InstructorCheck check = InstructorCheck.of(course(graderError), course(test(Status.PASSED, 2)));

        assertThat(check.passed()).isFalse();
        assertThat(check.render()).contains("fails because the grader itself threw");
    }

    @Test
    void aSkeletonThatFailsACheckOrThrowsFromItsOwnCodeIsSound() {
        for (FailureCause cause : new FailureCause[] {FailureCause.CHECK, FailureCause.CODE}) {
            TestGrade failed = test(Status.FAILED, 0, cause, "expected 3 but was 0");

            InstructorCheck check = InstructorCheck.of(course(failed), course(test(Status.PASSED, 2)));

            assertThat(check.passed()).as(cause.name()).isTrue();
        }
    }
}
