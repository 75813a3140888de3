package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowCheckTest {

    private static final String WORKFLOW = WorkflowCheck.WORKFLOW;

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithExerciseOne() {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
    }

    @Test
    void acceptsAWorkflowThatReportsEveryExerciseWhateverItsIndentation() throws IOException {
        ScratchRepos.write(root, WORKFLOW, String.join("\n", "on: push", "jobs:", "  grade:", "    steps:",
                "    - {name: ex01 demo, id: ex01, run: grader/bin/github-grade report ex01}",
                "    - name: ex02 yet to come",
                "      id: ex02",
                "      run: grader/bin/github-grade report ex02",
                "    - uses: classroom-resources/autograding-grading-reporter@d13b5912daf5042ac1b71bc38bdb4a6bcd61d8ca",
                "      env:",
                "           EX01_RESULTS: \"${{ steps.ex01.outputs.result }}\"",
                ""));

        assertThat(WorkflowCheck.classroom(root)).isEmpty();
    }

    @Test
    void namesTheMissingStepAndTheMissingVariable() throws IOException {
        ScratchRepos.write(root, WORKFLOW, String.join("\n", "jobs:", "  grade:", "    steps:",
                "      - id: grade",
                "        run: grader/bin/github-grade grade",
                "      - uses: classroom-resources/autograding-grading-reporter@v1",
                "        env:",
                "          EX01_RESULTS: ${{ steps.ex02.outputs.result }}",
                ""));

        assertThat(WorkflowCheck.classroom(root)).extracting(Problem::toString).containsExactly(
                WORKFLOW + ": no step 'id: ex01' reports ex01-demo (copy the step of another exercise)",
                WORKFLOW + ": the reporter lacks 'EX01_RESULTS: ${{ steps.ex01.outputs.result }}' for ex01-demo");
    }

    @Test
    void namesAStepThatReportsAnotherExercise() throws IOException {
        ScratchRepos.write(root, WORKFLOW, String.join("\n", "jobs:", "  grade:", "    steps:",
                "      - id: ex01",
                "        run: grader/bin/github-grade report ex02",
                "      - uses: classroom-resources/autograding-grading-reporter@v1",
                "        env:",
                "          EX01_RESULTS: ${{ steps.ex01.outputs.result }}",
                ""));

        assertThat(WorkflowCheck.classroom(root)).extracting(Problem::toString).containsExactly(WORKFLOW
                + ": the step 'ex01' must run 'grader/bin/github-grade report ex01', not "
                + "'grader/bin/github-grade report ex02'");
    }

    @Test
    void saysWhenThereIsNoReporterOrNoWorkflow() throws IOException {
        assertThat(WorkflowCheck.classroom(root)).extracting(Problem::toString)
                .containsExactly(WORKFLOW + ": does not exist: the students' grading workflow");

        ScratchRepos.write(root, WORKFLOW, "jobs:\n  grade:\n    steps:\n      - id: ex01\n"
                + "        run: grader/bin/github-grade report ex01\n");

        assertThat(WorkflowCheck.classroom(root)).extracting(Problem::toString)
                .containsExactly(WORKFLOW + ": has no step that uses " + WorkflowCheck.REPORTER);
        ScratchRepos.write(root, WORKFLOW, "jobs: [\n");
        assertThat(WorkflowCheck.classroom(root)).extracting(Problem::toString).singleElement()
                .asString().startsWith(WORKFLOW + ": is not a workflow's YAML: ");
    }

    @Test
    void namesEveryScriptOfCiRunThatCiYmlDoesNotRun() throws IOException {
        ScratchRepos.write(root, ".ci/run", String.join("\n", "#!/usr/bin/env bash",
                "# .ci/commented-out.sh is not run", "./mvnw -B test -Pinstructor", ".ci/check-a.sh",
                "JAVA_HOME=\"$jdk25\" .ci/check-b.sh && .ci/check-c.sh", ""));
        ScratchRepos.write(root, WorkflowCheck.CI, String.join("\n", "jobs:", "  a:", "    steps:",
                "      - run: .ci/check-a.sh", "  others:", "    strategy:", "      matrix:",
                "        check: [{script: .ci/check-b.sh}]", "    steps:", "      - run: ${{ matrix.check.script }}",
                ""));

        assertThat(WorkflowCheck.ci(root)).extracting(Problem::toString).containsExactly(
                ".ci/run:5: runs .ci/check-c.sh, which " + WorkflowCheck.CI + " does not: give it a job there");
    }

    @Test
    void leavesATreeWithoutCiAlone() throws IOException {
        assertThat(WorkflowCheck.ci(root)).isEmpty();
    }
}
