package grader.instructor;

import grader.scoreboard.ExerciseModule;
import grader.scoreboard.platform.PlatformFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Keeps the students' grading workflow in step with the course: for every exercise, a step whose
 * id is the exercise's runner id ({@link PlatformFiles#runnerId}) and that runs
 * {@code grader/bin/github-grade report exNN}, and the grading reporter's variable
 * {@code EXNN_RESULTS: ${{ steps.exNN.outputs.result }}}. The workflow is read as YAML, so its
 * indentation and quoting are its own business. Steps for exercises yet to come are allowed.
 */
public final class ClassroomWorkflowCheck {

    public static final String WORKFLOW = ".github/workflows/classroom.yml";
    static final String REPORTER = "classroom-resources/autograding-grading-reporter";

    private ClassroomWorkflowCheck() {
    }

    /** Every exercise of {@code root} that {@code root/.github/workflows/classroom.yml} does not report. */
    public static List<Problem> check(Path root) throws IOException {
        Path file = root.resolve(WORKFLOW);
        if (!Files.isRegularFile(file)) {
            return List.of(Problem.ofFile(WORKFLOW, "does not exist: the students' grading workflow"));
        }
        List<Map<?, ?>> steps;
        try {
            steps = steps(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (YAMLException | ClassCastException e) {
            return List.of(Problem.ofFile(WORKFLOW, "is not a workflow's YAML: " + e.getMessage()));
        }
        Map<?, ?> reporterEnv = steps.stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith(REPORTER + "@"))
                .map(step -> step.get("env") instanceof Map<?, ?> env ? env : Map.of())
                .findFirst().orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (reporterEnv == null) {
            problems.add(Problem.ofFile(WORKFLOW, "has no step that uses " + REPORTER));
        }
        for (ExerciseModule exercise : ExerciseModule.under(root, "exercises")) {
            String runner = PlatformFiles.runnerId(exercise.id());
            String run = "grader/bin/github-grade report " + runner;
            Map<?, ?> step = steps.stream().filter(s -> runner.equals(s.get("id"))).findFirst().orElse(null);
            if (step == null) {
                problems.add(Problem.ofFile(WORKFLOW, "no step 'id: " + runner + "' reports " + exercise.id()
                        + " (copy the step of another exercise)"));
            } else if (!run.equals(String.valueOf(step.get("run")).strip())) {
                problems.add(Problem.ofFile(WORKFLOW, "the step '" + runner + "' must run '" + run + "', not '"
                        + String.valueOf(step.get("run")).strip() + "'"));
            }
            String variable = runner.toUpperCase(Locale.ROOT) + "_RESULTS";
            String value = "${{ steps." + runner + ".outputs.result }}";
            if (reporterEnv != null && !value.equals(reporterEnv.get(variable))) {
                problems.add(Problem.ofFile(WORKFLOW, "the reporter lacks '" + variable + ": " + value + "' for "
                        + exercise.id()));
            }
        }
        return problems;
    }

    /** The steps of every job, in order. */
    private static List<Map<?, ?>> steps(Object workflow) {
        List<Map<?, ?>> steps = new ArrayList<>();
        Object jobs = ((Map<?, ?>) Objects.requireNonNull(workflow, "an empty file")).get("jobs");
        for (Object job : ((Map<?, ?>) Objects.requireNonNull(jobs, "no jobs")).values()) {
            Object jobSteps = ((Map<?, ?>) job).get("steps");
            if (jobSteps instanceof List<?> list) {
                list.forEach(step -> steps.add((Map<?, ?>) step));
            }
        }
        return steps;
    }
}
