package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.RepositoryFiles;
import grader.instructor.ScratchRepos;
import grader.instructor.skeleton.SkeletonGenerator;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingKitTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path work;

    @Test
    void theKitHoldsTheTemplateAndTheToolsButNoSolution() throws Exception {
        Path course = ScratchRepos.course(work.resolve("course"), ScratchRepos.DEMO_SOLUTION);
        new SkeletonGenerator(course).generate(QUIET);
        Path classes = ScratchRepos.write(work, "tools/classes/grader/instructor/Instructor.class", "bytes").getParent()
                .getParent().getParent();
        Path library = ScratchRepos.write(work, "m2/gson.jar", "a jar");

        assertThat(GradingKit.write(course, work.resolve("kit"),
                String.join(File.pathSeparator, classes.toString(), library.toString(), "/no/such.jar"), QUIET))
                .isEmpty();

        Path kit = work.resolve("kit");
        assertThat(RepositoryFiles.of(kit).files()).contains("template/exercises/ex01-demo/src/main/java/ex01/Demo.java",
                "template/grader/test-manifest.json", "tools/00-classes/grader/instructor/Instructor.class",
                "tools/01-gson.jar", "grade").noneMatch(file -> file.contains("solutions/"));
        assertThat(ScratchRepos.read(kit, "template/exercises/ex01-demo/src/main/java/ex01/Demo.java"))
                .isEqualTo(ScratchRepos.DEMO_SKELETON);
        assertThat(Files.isExecutable(kit.resolve("grade"))).isTrue();
        assertThat(ScratchRepos.read(kit, "grade"))
                .contains("-cp \"$kit/tools/00-classes:$kit/tools/01-gson.jar\" grader.instructor.Instructor \"$kit/template\"")
                .doesNotContain("@CLASSPATH@");
    }
}
