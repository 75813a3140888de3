package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomWorkflowCheckTest {

    private static final String WORKFLOW = ClassroomWorkflowCheck.WORKFLOW;

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithExerciseOne() {
        TestFiles.course(root, TestFiles.DEMO_SOLUTION);
    }

    @Test
    void acceptsAWorkflowThatReportsEveryExerciseWhateverItsIndentation() throws IOException {
        TestFiles.write(root, WORKFLOW, String.join("\n", "on: push", "jobs:", "  grade:", "    steps:",
                "    - {name: ex01 demo, id: ex01, run: grader/bin/github-grade report ex01}",
                "    - name: ex02 yet to come",
                "      id: ex02",
                "      run: grader/bin/github-grade report ex02",
                "    - uses: classroom-resources/autograding-grading-reporter@d13b5912daf5042ac1b71bc38bdb4a6bcd61d8ca",
                "      env:",
                "           EX01_RESULTS: \"${{ steps.ex01.outputs.result }}\"",
                ""));

        assertThat(ClassroomWorkflowCheck.check(root)).isEmpty();
    }

    @Test
    void namesTheMissingStepAndTheMissingVariable() throws IOException {
        TestFiles.write(root, WORKFLOW, String.join("\n", "jobs:", "  grade:", "    steps:",
                "      - id: grade",
                "        run: grader/bin/github-grade grade",
                "      - uses: classroom-resources/autograding-grading-reporter@v1",
                "        env:",
                "          EX01_RESULTS: ${{ steps.ex02.outputs.result }}",
                ""));

        assertThat(ClassroomWorkflowCheck.check(root)).extracting(Problem::toString).containsExactly(
                WORKFLOW + ": no step 'id: ex01' reports ex01-demo (copy the step of another exercise)",
                WORKFLOW + ": the reporter lacks 'EX01_RESULTS: ${{ steps.ex01.outputs.result }}' for ex01-demo");
    }

    @Test
    void namesAStepThatReportsAnotherExercise() throws IOException {
        TestFiles.write(root, WORKFLOW, String.join("\n", "jobs:", "  grade:", "    steps:",
                "      - id: ex01",
                "        run: grader/bin/github-grade report ex02",
                "      - uses: classroom-resources/autograding-grading-reporter@v1",
                "        env:",
                "          EX01_RESULTS: ${{ steps.ex01.outputs.result }}",
                ""));

        assertThat(ClassroomWorkflowCheck.check(root)).extracting(Problem::toString).containsExactly(WORKFLOW
                + ": the step 'ex01' must run 'grader/bin/github-grade report ex01', not "
                + "'grader/bin/github-grade report ex02'");
    }

    @Test
    void saysWhenThereIsNoReporterOrNoWorkflow() throws IOException {
        assertThat(ClassroomWorkflowCheck.check(root)).extracting(Problem::toString)
                .containsExactly(WORKFLOW + ": does not exist: the students' grading workflow");

        TestFiles.write(root, WORKFLOW, "jobs:\n  grade:\n    steps:\n      - id: ex01\n"
                + "        run: grader/bin/github-grade report ex01\n");

        assertThat(ClassroomWorkflowCheck.check(root)).extracting(Problem::toString)
                .containsExactly(WORKFLOW + ": has no step that uses " + ClassroomWorkflowCheck.REPORTER);
        TestFiles.write(root, WORKFLOW, "jobs: [\n");
        assertThat(ClassroomWorkflowCheck.check(root)).extracting(Problem::toString).singleElement()
                .asString().startsWith(WORKFLOW + ": is not a workflow's YAML: ");
    }
}
