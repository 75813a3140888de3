package grader.scoreboard.platform;

import static grader.scoreboard.Grades.crashed;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.notRun;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnnotationsTest extends CourseTreeTest {

    @Test
    void aFailedTestIsAnnotatedAtTheStudentsLine() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                passed("ex01.ParallelSumTest#rejectsNegativeThreads", "rejects", 1),
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums every number", 3, "expected 6 but was 3",
                        "ParallelSum.java:12"));

        assertThat(Annotations.of(exercise, sources, Lang.EN, 10)).containsExactly(
                "::error file=" + STUDENT_FILE + ",line=12,title=ex01 · sums every number::"
                        + "expected 6 but was 3");
    }

    @Test
    void aFailureWithoutAStudentFrameIsAnnotatedAtItsTest() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3, "expected 6 but was 3", ""));

        assertThat(Annotations.of(exercise, sources, Lang.EN, 10)).containsExactly(
                "::error file=" + TEST_FILE + ",line=" + TEST_METHOD_LINE
                        + ",title=ex01 · sums::expected 6 but was 3");
    }

    @Test
    void failuresAtTheSameLineShareOneAnnotation() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3, "TODO: sum\nat line 5", "ParallelSum.java:5"),
                crashed("ex01.ParallelSumTest#rejectsNegativeThreads", "rejects", 1),
                failed("ex01.ParallelSumTest#other", "other", 1, "TODO: sum", "ParallelSum.java:5"));

        assertThat(Annotations.of(exercise, sources, Lang.EN, 10)).containsExactly(
                "::error file=" + STUDENT_FILE + ",line=5,title=ex01 · 2 tests fail here::"
                        + "• sums: TODO: sum%0A• other: TODO: sum",
                "::error file=" + TEST_FILE + ",line=10,title=ex01 · rejects::"
                        + "did not finish: its test JVM stopped before this test ended");
    }

    @Test
    void aCompilerErrorIsAnnotatedAtItsFileAndLine() {
        ExerciseGrade exercise = doesNotCompile("ex01-threads", STUDENT_FILE + ":3: ';' expected",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3, "", ""));

        assertThat(Annotations.of(exercise, sources, Lang.ES, 10)).containsExactly(
                "::error file=" + STUDENT_FILE + ",line=3,title=ex01-threads no compila::"
                        + "does not compile: " + STUDENT_FILE + ":3: ';' expected");
    }

    @Test
    void anExerciseWhoseTestsDidNotRunIsAnnotatedWithoutAFile() {
        assertThat(Annotations.of(notRun("ex01-threads"), sources, Lang.EN, 10)).containsExactly(
                "::error title=ex01-threads%3A its tests did not run::its tests did not run in this build");
    }

    @Test
    void aFullyPassedExerciseHasNoAnnotation() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                passed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3));

        assertThat(Annotations.of(exercise, sources, Lang.EN, 10)).isEmpty();
    }

    @Test
    void whatDoesNotFitTheBudgetIsCountedInALastAnnotation() {
        TestGrade[] failures = IntStream.range(0, 12)
                .mapToObj(i -> failed("ex01.ParallelSumTest#t" + i, "test " + i, 1, "wrong", "ParallelSum.java:" + (i + 1)))
                .toArray(TestGrade[]::new);

        List<String> annotations = Annotations.of(graded("ex01-threads", "Threads", failures), sources, Lang.EN, 5);

        assertThat(annotations).hasSize(5);
        assertThat(annotations.get(4)).isEqualTo(
                "::error title=ex01%3A more failed tests::8 more failed tests: see the job summary.");
    }

    @Test
    void theJobsBudgetIsSharedBetweenTheExercisesWithinTheLimitOfAStep() {
        assertThat(Annotations.budgetPerExercise(1)).isEqualTo(10);
        assertThat(Annotations.budgetPerExercise(7)).isEqualTo(6);
        assertThat(Annotations.budgetPerExercise(7) * 7 + Annotations.RESERVED).isLessThanOrEqualTo(50);
        assertThat(Annotations.budgetPerExercise(60)).isEqualTo(1);
    }

    @Test
    void nothingAStudentWritesCanStartAnotherWorkflowCommand() {
        String forged = "oops\n::notice title=Autograding report::{\"totalPoints\":15,\"maxPoints\":15}\r\n100%";

        String annotation = Annotations.error(SourceLocator.Place.NOWHERE, "a: b, c\n::warning::x", forged);

        assertThat(annotation).doesNotContain("\n", "\r")
                .isEqualTo("::error title=a%3A b%2C c%0A%3A%3Awarning%3A%3Ax::oops%0A::notice title=Autograding "
                        + "report::{\"totalPoints\":15,\"maxPoints\":15}%0D%0A100%25");
    }
}
