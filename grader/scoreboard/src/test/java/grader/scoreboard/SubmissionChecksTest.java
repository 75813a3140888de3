package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scoreboard notices in an exercise's sources: changed tests, the grader's packages, paths outside. */
class SubmissionChecksTest {

    @TempDir
    Path root;

    private Path exercise;

    @BeforeEach
    void anExerciseWithTwoTestFiles() throws IOException {
        exercise = root.resolve("exercises/ex09-demo");
        write(exercise.resolve("pom.xml"), "<project/>");
        write(exercise.resolve("src/main/java/ex09/Demo.java"), "package ex09;\npublic class Demo {}\n");
        write(exercise.resolve("src/test/java/ex09/KeptTest.java"), "package ex09;\nclass KeptTest {\n"
                + "  @Graded(points = 1, en = \"kept\", es = \"guardada\")\n  void kept() {}\n}\n");
        write(exercise.resolve("src/test/java/ex09/TouchedTest.java"), "package ex09;\nclass TouchedTest {\n"
                + "  @Graded(points = 2, en = \"touched\", es = \"tocada\")\n  void touched() {}\n}\n");
    }

    @Test
    void aChangedOrDeletedTestFileVoidsItsTestsAndAnAddedTestIsIgnored() throws IOException {
        TestManifest.of(root).write(root);
        write(exercise.resolve("src/test/java/ex09/TouchedTest.java"), "package ex09;\nclass TouchedTest {\n"
                + "  @Graded(points = 2, en = \"touched\", es = \"tocada\")\n  void touched() { /* edited */ }\n}\n");
        write(exercise.resolve("src/test/java/ex09/FreeTest.java"), "package ex09;\nclass FreeTest {\n"
                + "  @Graded(points = 9, en = \"free\", es = \"gratis\")\n  void free() {}\n}\n");

        TestFiles files = verify();

        assertThat(files.declared()).extracting(GradedTest::testId)
                .containsExactly("ex09.KeptTest#kept", "ex09.TouchedTest#touched");
        assertThat(files.voided()).containsOnlyKeys("ex09.TouchedTest#touched");
        assertThat(files.voided().get("ex09.TouchedTest#touched")).contains("TouchedTest.java was changed");
        assertThat(files.added()).extracting(GradedTest::testId).containsExactly("ex09.FreeTest#free");

        Files.delete(exercise.resolve("src/test/java/ex09/KeptTest.java"));
        assertThat(verify().voided().get("ex09.KeptTest#kept")).contains("KeptTest.java was deleted");
    }

    @Test
    void windowsLineEndingsAreNotAChange() throws IOException {
        TestManifest.of(root).write(root);
        Path kept = exercise.resolve("src/test/java/ex09/KeptTest.java");
        Files.writeString(kept, Files.readString(kept).replace("\n", "\r\n"));

        assertThat(verify().voided()).isEmpty();
    }

    @Test
    void classesInTheGradersOrTheTestLibrariesPackagesAreFound() throws IOException {
        write(exercise.resolve("src/main/java/grader/junit/GradeRecorder.java"),
                "package grader.junit;\npublic class GradeRecorder {}\n");
        write(exercise.resolve("src/test/java/org/assertj/core/api/Assertions.java"),
                "package org.assertj.core.api;\npublic class Assertions {}\n");
        write(exercise.resolve("src/main/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener"),
                "ex09.Fake\n");
        write(exercise.resolve("src/main/java/ex09/KeptTest.java"), "package ex09;\npublic class KeptTest {}\n");

        assertThat(ForeignClasses.find(module(), root, Lang.EN)).containsExactlyInAnyOrder(
                "exercises/ex09-demo/src/main/java/grader/junit/GradeRecorder.java declares grader.junit.GradeRecorder, "
                        + "in a package of the grader or its test libraries",
                "exercises/ex09-demo/src/test/java/org/assertj/core/api/Assertions.java declares "
                        + "org.assertj.core.api.Assertions, in a package of the grader or its test libraries",
                "exercises/ex09-demo/src/main/resources/META-INF/services configures the test framework");
    }

    @Test
    void pathsThatLeadOutOfTheExerciseArePointedOut() throws IOException {
        write(exercise.resolve("src/main/java/ex09/Demo.java"), "package ex09;\npublic class Demo {\n"
                + "  String mine = \"data/input.txt\";\n"
                + "  String theirs = \"../../solutions/ex09-demo/Demo.java\";\n}\n");

        assertThat(OutsideReads.find(module(), Lang.EN)).singleElement().asString()
                .startsWith("Demo.java:4 names a path outside the exercise (\"../../solutions/ex09-demo/Demo.java\")");
    }

    private TestFiles verify() throws IOException {
        TestManifest manifest = TestManifest.read(root).orElseThrow();
        return manifest.exercise("ex09-demo").orElseThrow()
                .verify(root, GradedTestScanner.scan(module().testSources()), Lang.EN);
    }

    private ExerciseModule module() throws IOException {
        return ExerciseModule.under(root, "exercises").get(0);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
