package grader.instructor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.instructor.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowExerciseListTest {

    private static final String WORKFLOW = ".github/workflows/classroom.yml";

    @TempDir
    Path root;

    @Test
    void copiesTheLastEntryOfEveryListForTheNewExercise() throws IOException {
        TestFiles.write(root, WORKFLOW, String.join("\n",
                "jobs:",
                "  grade:",
                "    env:",
                "      # BEGIN EXERCISE LIST",
                "      EX01_THREADS_RESULTS: ${{ steps.ex01-threads.outputs.result }}",
                "      # END EXERCISE LIST",
                "    strategy:",
                "      # BEGIN EXERCISE LIST",
                "      - ex01-threads",
                "      # END EXERCISE LIST",
                ""));

        String outcome = WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-bank-account", WORKFLOW);

        assertThat(outcome).isEqualTo(WORKFLOW + ": ex08-bank-account added to 2 exercise list(s).");
        assertThat(TestFiles.read(root, WORKFLOW)).isEqualTo(String.join("\n",
                "jobs:",
                "  grade:",
                "    env:",
                "      # BEGIN EXERCISE LIST",
                "      EX01_THREADS_RESULTS: ${{ steps.ex01-threads.outputs.result }}",
                "      EX08_BANK_ACCOUNT_RESULTS: ${{ steps.ex08-bank-account.outputs.result }}",
                "      # END EXERCISE LIST",
                "    strategy:",
                "      # BEGIN EXERCISE LIST",
                "      - ex01-threads",
                "      - ex08-bank-account",
                "      # END EXERCISE LIST",
                ""));
        assertThat(WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-bank-account", WORKFLOW))
                .contains("already");
    }

    @Test
    void skipsAMissingWorkflowAndOneWithoutAList() throws IOException {
        assertThat(WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-b", WORKFLOW))
                .contains("does not exist yet");

        TestFiles.write(root, WORKFLOW, "on: push\n");
        assertThat(WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-b", WORKFLOW))
                .contains("has no BEGIN EXERCISE LIST marker");
        assertThat(TestFiles.read(root, WORKFLOW)).isEqualTo("on: push\n");
    }

    @Test
    void needsAnEntryToCopyAndAnEndMarker() {
        TestFiles.write(root, WORKFLOW, "# BEGIN EXERCISE LIST\n# END EXERCISE LIST\n");
        assertThatThrownBy(() -> WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-b", WORKFLOW))
                .hasMessageStartingWith(WORKFLOW + ":2: the exercise list needs at least one line naming an exercise");

        TestFiles.write(root, WORKFLOW, "on: push\n# BEGIN EXERCISE LIST\n- ex01-a\n");
        assertThatThrownBy(() -> WorkflowExerciseList.register(root.resolve(WORKFLOW), "ex08-b", WORKFLOW))
                .hasMessage(WORKFLOW + ":2: BEGIN EXERCISE LIST has no END EXERCISE LIST after it");
    }
}
