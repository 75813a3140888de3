package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

        boolean done = Scoreboard.run(Map.of("root", root.toString(), "build", "b", "mode", "manifest"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(done).isTrue();
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

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
