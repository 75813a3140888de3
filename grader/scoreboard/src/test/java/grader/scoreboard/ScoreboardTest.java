package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.Role;
import grader.i18n.Lang;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardTest {

    @TempDir
    Path root;

    @Test
    void manifestModeWritesTheCoursesTestManifest() throws Exception {
        write(root.resolve("exercises/ex09-demo/pom.xml"), "<project/>");
        write(root.resolve("exercises/ex09-demo/src/test/java/ex09/DemoTest.java"), "package ex09;\nclass DemoTest {\n"
                + "  @Graded(points = 3, en = \"works\", es = \"funciona\")\n  void works() {}\n}\n");

        Verdict verdict = Scoreboard.run(Map.of("root", root.toString(), "build", "b", "mode", "manifest"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.PASSED);
        assertThat(TestManifest.read(root)).hasValueSatisfying(manifest ->
                assertThat(manifest.exercise("ex09-demo")).hasValueSatisfying(exercise ->
                        assertThat(exercise.maxPoints()).isEqualTo(3)));
    }

    @Test
    void anExerciseWhoseFolderWasDeletedStillCountsItsPoints() throws Exception {
        write(root.resolve("exercises/ex09-demo/pom.xml"), "<project/>");
        write(root.resolve("exercises/ex09-demo/src/test/java/ex09/DemoTest.java"), "package ex09;\nclass DemoTest {\n"
                + "  @Graded(points = 3, en = \"works\", es = \"funciona\")\n  void works() {}\n}\n");
        TestManifest.of(root).write(root);
        Files.delete(root.resolve("exercises/ex09-demo/src/test/java/ex09/DemoTest.java"));
        Files.delete(root.resolve("exercises/ex09-demo/pom.xml"));

        CourseGrade grade = Scoreboard.grade(root, "exercises", "b", Lang.EN, Set.of());

        assertThat(grade.maxPoints()).isEqualTo(3);
        assertThat(grade.exercises()).singleElement().satisfies(exercise ->
                assertThat(exercise.message()).contains("its folder was deleted"));
    }

    @Test
    void pointsLostInTestsThatRanFailTheBuildWithTheScoreboardAsTheReason() throws Exception {
        demoExercise("ex09-demo");
        record("ex09-demo", Outcome.FAILED);

        Verdict verdict = gradeStudent(Map.of());

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.FAILED);
        assertThat(verdict.message()).contains("scoreboard above", "target/grade/index.html");
        assertThat(root.resolve("target/grade/index.html")).exists();
    }

    @Test
    void everyPointEarnedPasses() throws Exception {
        demoExercise("ex09-demo");
        record("ex09-demo", Outcome.PASSED);

        assertThat(gradeStudent(Map.of()).kind()).isEqualTo(Verdict.Kind.PASSED);
    }

    @Test
    void anExerciseWhoseTestsMavenDidNotRunIsNotGradedAndNamed() throws Exception {
        demoExercise("ex08-other");
        demoExercise("ex09-demo");
        record("ex09-demo", Outcome.PASSED);

        Verdict verdict = gradeStudent(Map.of());

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.NOT_GRADED);
        assertThat(verdict.message()).contains("ex08-other").doesNotContain("ex09-demo");
    }

    @Test
    void oneExerciseIsChosenByItsNumber() throws Exception {
        demoExercise("ex08-other");
        demoExercise("ex09-demo");
        record("ex09-demo", Outcome.PASSED);

        Verdict verdict = gradeStudent(Map.of("exercise", "ex09"));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.PASSED);
        assertThat(GradeFiles.read(root.resolve("target/grade/grade.json")).exercises())
                .extracting(ExerciseGrade::id).containsExactly("ex09-demo");
    }

    @Test
    void anExerciseNumberThatDoesNotExistIsNamedWithTheOnesThatDo() throws Exception {
        demoExercise("ex09-demo");

        Verdict verdict = gradeStudent(Map.of("exercise", "ex1"));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.NOT_GRADED);
        assertThat(verdict.message()).contains("There is no exercise ex1: the exercises are ex09")
                .contains("No hay ningún ejercicio ex1");
    }

    private Verdict gradeStudent(Map<String, String> extra) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("root", root.toString(), "build", "b", "lang", "en"));
        options.putAll(extra);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        return Scoreboard.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** An exercise with one graded test, which compiles. */
    private void demoExercise(String id) throws IOException {
        Path dir = root.resolve("exercises").resolve(id);
        write(dir.resolve("pom.xml"), "<project/>");
        write(dir.resolve("src/test/java/ex09/DemoTest.java"), "package ex09;\nimport grader.Graded;\n"
                + "class DemoTest {\n  @Graded(points = 3, en = \"works\", es = \"funciona\")\n  void works() {}\n}\n");
    }

    private void record(String id, Outcome outcome) {
        new ResultsFile(root.resolve("exercises").resolve(id).resolve("target/grade")).append(new TestRecord("b",
                "ex09.DemoTest", "works", "works", "funciona", 3, Role.CHECK, outcome, "", "", 1, null, null));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
