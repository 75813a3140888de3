package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTableTest {

    private static final String TABLE = String.join("\n", ReadmeTable.BEGIN,
            "| Exercise | What you learn | Points |",
            "|---|---|---:|",
            "| [ex01-demo](exercises/ex01-demo/README.md) | Demo: the answer \\| fast | 3 |",
            "| **1 exercise** | | **3** |",
            ReadmeTable.END);

    @TempDir
    Path root;

    @BeforeEach
    void oneGradedTest() {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        ScratchRepos.write(root, "exercises/ex01-demo/README.md", "# Demo: the answer | fast\n");
        ScratchRepos.demoTests(root, "@Graded(points = 3, en = \"answers 42\", es = \"responde 42\")", "void answers() {}");
    }

    @Test
    void writesTheTableFromTheCatalogueBetweenItsMarkersAndLeavesTheRestAlone() throws IOException {
        ScratchRepos.write(root, "README.md", "# Course\n\n" + ReadmeTable.BEGIN + "\n| stale |\n" + ReadmeTable.END
                + "\n\nMore.\n");

        assertThat(ReadmeTable.write(root)).isTrue();

        assertThat(ScratchRepos.read(root, "README.md")).isEqualTo("# Course\n\n" + TABLE + "\n\nMore.\n");
        assertThat(ReadmeTable.check(root)).isEmpty();
    }

    @Test
    void namesTheFirstLineThatDisagreesWithTheCatalogue() throws IOException {
        ScratchRepos.write(root, "README.md", "# Course\n\n" + TABLE.replace("| 3 |", "| 2 |") + "\n");

        assertThat(ReadmeTable.check(root)).extracting(Problem::toString).containsExactly("README.md:6: the exercise "
                + "table disagrees with the exercises' statements and tests: expected «| [ex01-demo](exercises/"
                + "ex01-demo/README.md) | Demo: the answer \\| fast | 3 |», found «| [ex01-demo](exercises/ex01-demo/"
                + "README.md) | Demo: the answer \\| fast | 2 |»; run grader/bin/list-exercises --write-readme");
    }

    @Test
    void aReadmeWithoutTheTableIsAProblemAndACourseWithoutAReadmeIsNot() throws IOException {
        assertThat(ReadmeTable.check(root)).isEmpty();

        ScratchRepos.write(root, "README.md", "# Course\n");

        assertThat(ReadmeTable.write(root)).isFalse();
        assertThat(ReadmeTable.check(root)).singleElement().asString().contains("has no exercise table");
    }
}
