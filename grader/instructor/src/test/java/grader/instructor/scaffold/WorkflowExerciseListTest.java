package grader.instructor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowExerciseListTest {

    private static final String WORKFLOW = ".github/workflows/classroom.yml";
    private static final List<String> KNOWN = List.of("ex01-threads", "ex07-pipe");

    @TempDir
    Path root;

    @Test
    void copiesTheLastEntryOfEveryListWithTheNewExercisesNames() throws IOException {
        ScratchRepos.write(root, WORKFLOW, String.join("\n",
                "    steps:",
                "      # BEGIN EXERCISE LIST",
                "      - name: ex01 threads",
                "        id: ex01",
                "        run: grader/bin/github-grade report ex01",
                "      - name: ex07 pipe",
                "        id: ex07",
                "        run: grader/bin/github-grade report ex07",
                "      # END EXERCISE LIST",
                "        env:",
                "          # BEGIN EXERCISE LIST",
                "          EX07_RESULTS: ${{ steps.ex07.outputs.result }}",
                "          EX07_PIPE: ex07-pipe",
                "",
                "          # END EXERCISE LIST",
                ""));

        String outcome = register("ex08-bank-account");

        assertThat(outcome).startsWith(WORKFLOW + ": ex08-bank-account added to 2 exercise list(s); check the "
                + "lines added:\n  +       - name: ex08 bank account\n");
        assertThat(ScratchRepos.read(root, WORKFLOW)).isEqualTo(String.join("\n",
                "    steps:",
                "      # BEGIN EXERCISE LIST",
                "      - name: ex01 threads",
                "        id: ex01",
                "        run: grader/bin/github-grade report ex01",
                "      - name: ex07 pipe",
                "        id: ex07",
                "        run: grader/bin/github-grade report ex07",
                "      - name: ex08 bank account",
                "        id: ex08",
                "        run: grader/bin/github-grade report ex08",
                "      # END EXERCISE LIST",
                "        env:",
                "          # BEGIN EXERCISE LIST",
                "          EX07_RESULTS: ${{ steps.ex07.outputs.result }}",
                "          EX07_PIPE: ex07-pipe",
                "          EX08_RESULTS: ${{ steps.ex08.outputs.result }}",
                "          EX08_BANK_ACCOUNT: ex08-bank-account",
                "",
                "          # END EXERCISE LIST",
                ""));
        assertThat(register("ex08-bank-account")).contains("already");
    }

    @Test
    void renamesALabelOfWordsEvenWhenItIsNotTheLastExercisesId() throws IOException {
        ScratchRepos.write(root, WORKFLOW, String.join("\n", "# BEGIN EXERCISE LIST", "- name: ex06 queue pipeline",
                "  id: ex06", "  run: report ex06", "# END EXERCISE LIST", ""));

        register("ex08-bank-account");

        assertThat(ScratchRepos.read(root, WORKFLOW))
                .contains("- name: ex08 bank account\n  id: ex08\n  run: report ex08\n");
    }

    @Test
    void anExerciseTheListNamesAlreadyIsNotAddedAgain() throws IOException {
        String workflow = "# BEGIN EXERCISE LIST\n- ex01\n- ex02\n# END EXERCISE LIST\n";
        ScratchRepos.write(root, WORKFLOW, workflow);

        assertThat(register("ex02-thread-pool")).contains("already");
        assertThat(ScratchRepos.read(root, WORKFLOW)).isEqualTo(workflow);
    }

    @Test
    void skipsAMissingWorkflowAndOneWithoutAList() throws IOException {
        assertThat(register("ex08-b")).contains("does not exist yet");

        ScratchRepos.write(root, WORKFLOW, "on: push\n");
        assertThat(register("ex08-b")).contains("has no BEGIN EXERCISE LIST marker");
        assertThat(ScratchRepos.read(root, WORKFLOW)).isEqualTo("on: push\n");
    }

    @Test
    void needsAnEntryToCopyAndAnEndMarker() {
        ScratchRepos.write(root, WORKFLOW, "# BEGIN EXERCISE LIST\n# END EXERCISE LIST\n");
        assertThatThrownBy(() -> register("ex08-b"))
                .hasMessageStartingWith(WORKFLOW + ":1: the exercise list must end with an entry that names");

        ScratchRepos.write(root, WORKFLOW, "on: push\n# BEGIN EXERCISE LIST\n- ex01-a\n");
        assertThatThrownBy(() -> register("ex08-b"))
                .hasMessage(WORKFLOW + ":2: BEGIN EXERCISE LIST has no END EXERCISE LIST after it");
    }

    private String register(String id) throws IOException {
        return WorkflowExerciseList.register(root.resolve(WORKFLOW), WORKFLOW, id, KNOWN);
    }
}
