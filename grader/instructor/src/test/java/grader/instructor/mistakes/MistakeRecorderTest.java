package grader.instructor.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MistakeRecorderTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    private static final String SOLUTION = "solutions/ex01-demo/src/main/java/ex01/Demo.java";

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithOneGradedTest() {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        ScratchRepos.demoTests(root, "@Graded(points = 3, en = \"answers 42\", es = \"responde 42\")", "void answers() {}");
    }

    @Test
    void recordsTheMistakeOfTheWorkingTreeAgainstTheStagedSolutionAndPutsTheSolutionBack() throws Exception {
        git("init", "-q");
        git("add", "solutions"); // a new exercise: staged, never committed
        ScratchRepos.write(root, SOLUTION, ScratchRepos.DEMO_SOLUTION.replace("6 * 7", "6 * 9"));

        Path patch = new MistakeRecorder(root, QUIET).record("ex01-demo", "wrong-product",
                "multiplies the wrong numbers.", List.of("DemoTest#answers"));

        assertThat(root.relativize(patch)).hasToString("solutions/ex01-demo/mistakes/wrong-product.patch");
        assertThat(ScratchRepos.read(root, "solutions/ex01-demo/mistakes/wrong-product.patch"))
                .startsWith("MISTAKE: multiplies the wrong numbers.\nCAUGHT BY: DemoTest#answers\n\n"
                        + "diff --git a/ex01/Demo.java b/ex01/Demo.java\n")
                .contains("-        int computedWithGreatCare = 6 * 7;\n+        int computedWithGreatCare = 6 * 9;\n");
        assertThat(ScratchRepos.read(root, SOLUTION)).isEqualTo(ScratchRepos.DEMO_SOLUTION);
    }

    @Test
    void saysToStageTheReferenceSolutionWhenGitHasNoCopyOfIt() throws Exception {
        git("init", "-q");

        assertThatThrownBy(() -> new MistakeRecorder(root, QUIET).record("ex01-demo", "wrong-product",
                "multiplies the wrong numbers.", List.of("DemoTest#answers")))
                .hasMessageContaining("git has no copy of solutions/ex01-demo/src/main/java")
                .hasMessageContaining("git add solutions/ex01-demo");
    }

    @Test
    void refusesAnUnchangedSolutionAndATestThatDoesNotExist() throws Exception {
        git("init", "-q");
        git("add", "solutions");
        MistakeRecorder recorder = new MistakeRecorder(root, QUIET);

        assertThatThrownBy(() -> recorder.record("ex01-demo", "nothing", "nothing is wrong.",
                List.of("DemoTest#answers"))).hasMessageContaining("make the mistake in the reference solution first");
        assertThatThrownBy(() -> recorder.record("ex01-demo", "nothing", "nothing is wrong.",
                List.of("DemoTest#sings"))).hasMessageContaining("ex01-demo has no graded test DemoTest#sings")
                .hasMessageContaining("its graded tests: DemoTest#answers");
    }

    @Test
    void aMistakeNeedsANameALineAndTheTestsThatCatchIt() {
        assertThatThrownBy(() -> new KnownMistake("Wrong_Product", "x.", List.of("T#m"), "diff"))
                .hasMessageContaining("lower-case words joined by hyphens");
        assertThatThrownBy(() -> new KnownMistake("wrong", "two\nlines", List.of("T#m"), "diff"))
                .hasMessageContaining("one line");
        assertThatThrownBy(() -> new KnownMistake("wrong", "x.", List.of(), "diff"))
                .hasMessageContaining("name the graded tests");
        assertThatThrownBy(() -> new KnownMistake("wrong", "x.", List.of("ex01.T#m"), "diff"))
                .hasMessageContaining("TestClass#method");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as(output).isZero();
    }
}
