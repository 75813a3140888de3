package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCheckTest {

    private static final String README = "exercises/ex01-demo/README.md";

    @TempDir
    Path root;

    @BeforeEach
    void twoGradedTests() {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        ScratchRepos.demoTests(root,
                "@Graded(points = 3, en = \"answers 42: the answer\", es = \"responde 42: la respuesta\")",
                "void answers() {}",
                "@Graded(points = 2, en = \"answers fast\", es = \"responde rápido\")",
                "void answersFast() {}");
    }

    @Test
    void acceptsAStatementThatAgreesWithTheTests() throws IOException {
        ScratchRepos.write(root, README, String.join("\n", "# Demo", "", "## What is graded (5 points)", "",
                "| Points | Test | Why |", "|---:|---|---|", "| 3 | answers 42 | the answer |",
                "| 2 | answers fast | speed |", "", "## Hints", "", "| 9 | not a row of it |", ""));
        ScratchRepos.write(root, "exercises/ex01-demo/README.es.md", "# Demo\n\n## Qué se califica (5 puntos)\n\n"
                + "| 3 | responde 42: la respuesta | |\n| 2 | responde rápido | |\n");

        assertThat(StatementCheck.check(root)).isEmpty();
    }

    @Test
    void namesEveryDisagreement() throws IOException {
        ScratchRepos.write(root, README, "# Demo\n\n## What is graded (6 points)\n\n"
                + "| 4 | answers 42: the answer | |\n| 1 | answers | |\n| 1 | sings | |\n");

        assertThat(StatementCheck.check(root)).extracting(Problem::toString).containsExactly(
                README + ":3: says 6 points in all; the @Graded tests give 5",
                README + ":5: gives 4 points to «answers 42: the answer»; its @Graded test ex01.DemoTest#answers "
                        + "gives 3",
                README + ":6: «answers» names 2 graded tests, not one: write the test's sentence, as in its @Graded",
                README + ":7: «sings» names 0 graded tests, not one: write the test's sentence, as in its @Graded",
                README + ":3: the table lacks the graded test «answers fast» (ex01.DemoTest#answersFast, 2 points)");
    }

    @Test
    void leavesAStatementWithoutTheSectionAlone() throws IOException {
        ScratchRepos.write(root, README, "# Demo\n\nNo points here.\n");

        assertThat(StatementCheck.check(root)).isEmpty();
    }
}
