package grader.instructor.template;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.Problem;
import grader.instructor.RepositoryFiles;
import grader.instructor.ScratchRepos;
import grader.instructor.skeleton.SkeletonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentTemplateTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path root;
    @TempDir
    Path exported;

    @BeforeEach
    void course() throws IOException {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        new SkeletonGenerator(root).generate(QUIET);
        ScratchRepos.write(root, "pom.xml", "<project>\n  <profiles>\n    <!-- BEGIN SOLUTION -->\n"
                + "    <profile><id>instructor</id></profile>\n    <!-- END SOLUTION -->\n  </profiles>\n</project>\n");
        ScratchRepos.write(root, "INSTRUCTORS.md", "# For instructors\n");
        ScratchRepos.write(root, ".ci/check.sh", "#!/bin/sh\n");
        ScratchRepos.write(root, "grader/bin/new-exercise", "#!/bin/sh\n");
        ScratchRepos.write(root, "grader/instructor/pom.xml", "<project/>\n");
        ScratchRepos.write(root, ".github/workflows/ci.yml", "on: push\n");
        ScratchRepos.write(root, ".github/workflows/classroom.yml", "on: push\n");
        ScratchRepos.write(root, "exercises/ex01-demo/target/classes/junk", "built\n");
        Path mvnw = ScratchRepos.write(root, "mvnw", "#!/bin/sh\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void leavesOutWhatOnlyTheInstructorSees() throws IOException {
        assertThat(StudentTemplate.export(root, exported, QUIET)).isEmpty();

        assertThat(RepositoryFiles.of(exported).files()).containsExactly(
                ".github/workflows/classroom.yml",
                "exercises/ex01-demo/pom.xml",
                "exercises/ex01-demo/src/main/java/ex01/Demo.java",
                "exercises/ex01-demo/src/test/java/ex01/DemoTest.java",
                "exercises/pom.xml",
                "grader/test-manifest.json",
                "mvnw",
                "pom.xml");
        assertThat(ScratchRepos.read(exported, "pom.xml"))
                .isEqualTo("<project>\n  <profiles>\n  </profiles>\n</project>\n");
        assertThat(Files.isExecutable(exported.resolve("mvnw"))).isTrue();
    }

    @Test
    void refusesToExportASkeletonThatDiffersFromItsSolution() throws IOException {
        ScratchRepos.write(root, "exercises/ex01-demo/src/main/java/ex01/Demo.java", "edited by hand\n");

        assertThat(StudentTemplate.export(root, exported, QUIET)).extracting(Problem::toString)
                .first().asString().contains("fix that (grader/bin/generate-skeletons) before exporting");
        assertThat(RepositoryFiles.of(exported).files()).isEmpty();
    }

    @Test
    void refusesAStudentWorkflowThatUsesAnInstructorOnlyPath() throws IOException {
        ScratchRepos.write(root, ".github/workflows/classroom.yml",
                "# .ci/ checks this workflow: a comment may say so\non: push\njobs:\n  run: grader/bin/new-exercise\n");

        assertThat(StudentTemplate.export(root, exported, QUIET)).extracting(Problem::toString).containsExactly(
                ".github/workflows/classroom.yml:4: uses grader/bin/new-exercise, which students do not get");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        ScratchRepos.write(exported, "something", "here\n");

        assertThat(StudentTemplate.export(root, exported, QUIET)).extracting(Problem::message)
                .containsExactly("exists and is not empty: export into a new folder");
    }

    @Test
    void namesTheInstructorOnlyPaths() {
        assertThat(StudentTemplate.instructorOnly("solutions/ex01-demo/pom.xml")).isTrue();
        assertThat(StudentTemplate.instructorOnly(".github/workflows/ci.yml")).isTrue();
        assertThat(StudentTemplate.instructorOnly(".github/workflows/deadline-grading.yml")).isTrue();
        assertThat(StudentTemplate.instructorOnly("grader/similarity/pom.xml")).isTrue();
        assertThat(StudentTemplate.instructorOnly(".github/workflows/classroom.yml")).isFalse();
        assertThat(StudentTemplate.instructorOnly("INSTRUCTORS.md.bak")).isFalse();
        assertThat(StudentTemplate.instructorOnly("grader/bin/github-grade")).isFalse();
    }
}
