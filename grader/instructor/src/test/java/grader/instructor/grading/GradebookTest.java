package grader.instructor.grading;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.instructor.ExerciseCatalog;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradedTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradebookTest {

    private static final List<ExerciseCatalog.Exercise> EXERCISES = List.of(
            new ExerciseCatalog.Exercise("ex01-a", "A", "A", List.of(new GradedTest("ex01.ATest", "a", 10, "", ""))),
            new ExerciseCatalog.Exercise("ex02-b", "B", "B", List.of(new GradedTest("ex02.BTest", "b", 5, "", ""))));

    private static final SubmissionFiles TAMPERED = new SubmissionFiles(List.of(),
            List.of(new FileChange(FileChange.Kind.MODIFIED, "exercises/ex01-a/src/test/java/ex01/ATest.java"),
                    new FileChange(FileChange.Kind.IGNORED, "exercises/ex01-a/src/main/java/grader/X.java")),
            List.of("ex02-b"));

    @Test
    void writesOneRowPerRepositoryWithThePointsOfEachExercise() {
        CourseGrade grade = CourseGrade.of(Lang.EN, "1", List.of(
                new ExerciseGrade("ex01-a", "A", ExerciseGrade.Status.GRADED, 7, 10, "", List.of()),
                new ExerciseGrade("ex02-b", "B", ExerciseGrade.Status.DOES_NOT_COMPILE, 0, 5, "x", List.of())));
        List<SubmissionResult> results = List.of(
                new SubmissionResult("alice, the \"best\"", SubmissionResult.Status.GRADED, "", grade, "# report\n",
                        TAMPERED, Duration.ofSeconds(42)),
                SubmissionResult.notGraded("photos", SubmissionResult.Status.NOT_A_COURSE_REPOSITORY,
                        "not a course repository: it has no exercises/ folder", null, Duration.ZERO),
                SubmissionResult.notGraded("bob", SubmissionResult.Status.GRADER_ERROR, "timed out\nlog...",
                        TAMPERED, Duration.ofMinutes(30)));

        assertThat(Gradebook.csv(EXERCISES, results)).isEqualTo(String.join("\r\n",
                "repository,status,ex01-a,ex02-b,total,max,protected_changes,notes,seconds",
                "\"alice, the \"\"best\"\"\",graded,7,0,7,15,1,does not compile: ex02-b; missing: ex02-b; "
                        + "1 ignored file(s),42",
                "photos,not_a_course_repository,0,0,0,15,,not a course repository: it has no exercises/ folder,0",
                "bob,grader_error,,,,15,1,timed out; missing: ex02-b; 1 ignored file(s),1800",
                ""));
    }

    @Test
    void feedbackAddsWhatTheGradeDidNotUseToTheScoreboardsReport() {
        SubmissionResult result = new SubmissionResult("alice", SubmissionResult.Status.GRADED, "",
                CourseGrade.of(Lang.ES, "1", List.of()), "# Marcador: 7/15\n", TAMPERED, Duration.ZERO);

        String feedback = Feedback.render(result, Lang.ES, 15);

        assertThat(feedback).startsWith("# Marcador: 7/15\n")
                .contains("## Ejercicios que faltan en tu repositorio", "ex02-b",
                        "| `exercises/ex01-a/src/test/java/ex01/ATest.java` | modificado (protegido: no se usa) |",
                        "| `exercises/ex01-a/src/main/java/grader/X.java` | ignorado: fuera del paquete del ejercicio");
    }

    @Test
    void feedbackSaysWhyARepositoryWasNotGraded() {
        SubmissionResult photos = SubmissionResult.notGraded("photos",
                SubmissionResult.Status.NOT_A_COURSE_REPOSITORY, "", null, Duration.ZERO);
        SubmissionResult bob = SubmissionResult.notGraded("bob", SubmissionResult.Status.GRADER_ERROR, "timed out",
                null, Duration.ZERO);

        assertThat(Feedback.render(photos, Lang.EN, 15))
                .startsWith("# Scoreboard: 0/15\n\nThis repository is not the course's");
        assertThat(Feedback.render(bob, Lang.EN, 15)).contains("not your code's fault", "```\ntimed out\n```");
    }

    @Test
    void namesFilesSafely() {
        assertThat(BatchGrading.fileNameOf("alice smith/../x")).isEqualTo("alice_smith_.._x");
        assertThat(BatchGrading.fileNameOf(".hidden")).isEqualTo("_.hidden");
    }
}
