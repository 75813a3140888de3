package grader.instructor.grading;

import static grader.instructor.grading.FileChange.Kind.ADDED;
import static grader.instructor.grading.FileChange.Kind.DELETED;
import static grader.instructor.grading.FileChange.Kind.IGNORED;
import static grader.instructor.grading.FileChange.Kind.MODIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionFilesTest {

    private static final String MAIN = "exercises/ex01-a/src/main/java/ex01/A.java";
    private static final String TEST = "exercises/ex01-a/src/test/java/ex01/ATest.java";

    @TempDir
    Path template;
    @TempDir
    Path student;

    @BeforeEach
    void studentStartsFromTheTemplate() {
        writeTemplateFiles(template, student);
    }

    private static void writeTemplateFiles(Path... repositories) {
        for (Path repository : repositories) {
            ScratchRepos.write(repository, "pom.xml", "<project/>\n");
            ScratchRepos.write(repository, "exercises/ex01-a/pom.xml", "<project/>\n");
            ScratchRepos.write(repository, MAIN, "class A {}\n");
            ScratchRepos.write(repository, TEST, "class ATest {}\n");
            ScratchRepos.write(repository, "exercises/ex02-b/pom.xml", "<project/>\n");
            ScratchRepos.write(repository, "exercises/ex02-b/src/main/java/ex02/B.java", "class B {}\n");
        }
    }

    @Test
    void gradesTheExercisesPackagesAndFindsNoChangeInAnUntouchedClone() {
        ScratchRepos.write(student, MAIN, "class A { /* solved */ }\n");
        ScratchRepos.write(student, "exercises/ex01-a/src/main/java/ex01/helper/Helper.java", "class Helper {}\n");

        SubmissionFiles files = SubmissionFiles.compare(template, student);

        assertThat(files.graded()).containsExactly(MAIN, "exercises/ex01-a/src/main/java/ex01/helper/Helper.java",
                "exercises/ex02-b/src/main/java/ex02/B.java");
        assertThat(files.changes()).isEmpty();
        assertThat(files.missingExercises()).isEmpty();
    }

    @Test
    void listsEveryProtectedFileTheStudentChanged() throws IOException {
        ScratchRepos.write(student, TEST, "class ATest { /* always passes */ }\n");
        Files.delete(student.resolve("pom.xml"));
        ScratchRepos.write(student, "notes.txt", "mine\n");

        assertThat(SubmissionFiles.compare(template, student).changes()).containsExactly(
                new FileChange(MODIFIED, TEST),
                new FileChange(ADDED, "notes.txt"),
                new FileChange(DELETED, "pom.xml"));
    }

    @Test
    void ignoresSourcesOutsideTheExercisesPackagesAndLinks() throws IOException {
        ScratchRepos.write(student, "exercises/ex01-a/src/main/java/grader/Graded.java", "shadowing the grader\n");
        ScratchRepos.write(student, "exercises/ex01-a/src/main/resources/junit-platform.properties", "x=y\n");
        Files.createSymbolicLink(student.resolve("exercises/ex01-a/src/main/java/ex01/Link.java"),
                student.resolve(TEST));

        SubmissionFiles files = SubmissionFiles.compare(template, student);

        assertThat(files.graded()).doesNotContain("exercises/ex01-a/src/main/java/ex01/Link.java");
        assertThat(files.changes()).containsExactly(
                new FileChange(IGNORED, "exercises/ex01-a/src/main/java/ex01/Link.java"),
                new FileChange(IGNORED, "exercises/ex01-a/src/main/java/grader/Graded.java"),
                new FileChange(IGNORED, "exercises/ex01-a/src/main/resources/junit-platform.properties"));
        assertThat(files.protectedChanges()).isEmpty();
    }

    @Test
    void aFileTheCourseChangedAfterHandingOutIsNoChangeOfTheStudents(@TempDir Path received) {
        writeTemplateFiles(received);
        ScratchRepos.write(template, TEST, "class ATest { /* fixed after handing out */ }\n");
        ScratchRepos.write(template, "exercises/ex03-c/src/main/java/ex03/C.java", "class C {}\n");
        ScratchRepos.write(student, TEST, "class ATest { /* always passes */ }\n");

        SubmissionFiles files = SubmissionFiles.compare(template, received, student);

        assertThat(files.changes()).containsExactly(new FileChange(MODIFIED, TEST));
        assertThat(files.missingExercises()).containsExactly("ex03-c");
    }

    @Test
    void gradingSomeExercisesOnlyIgnoresTheOthersBeingMissing() throws IOException {
        FileTrees.delete(student.resolve("exercises/ex02-b"));

        assertThat(SubmissionFiles.compare(template, student).gradingOnly(List.of("ex01-a")).missingExercises())
                .isEmpty();
    }

    @Test
    void windowsLineEndingsAreNoChange() {
        ScratchRepos.write(student, TEST, "class ATest {}\r\n");

        assertThat(SubmissionFiles.compare(template, student).changes()).isEmpty();
    }

    @Test
    void aMissingExerciseIsOneFindingNotOneDeletionPerFile() throws IOException {
        FileTrees.delete(student.resolve("exercises/ex02-b"));

        SubmissionFiles files = SubmissionFiles.compare(template, student);

        assertThat(files.missingExercises()).containsExactly("ex02-b");
        assertThat(files.changes()).isEmpty();
    }
}
