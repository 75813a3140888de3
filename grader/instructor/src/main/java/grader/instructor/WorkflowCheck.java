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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Keeps the GitHub workflows in step with the course, reading them as YAML, so their indentation
 * and quoting are their own business.
 *
 * <ul>
 *   <li>The students' grading workflow, {@value #WORKFLOW}: for every exercise, a step whose id is
 *       the exercise's runner id ({@link PlatformFiles#runnerId}) and that runs
 *       {@code grader/bin/github-grade report exNN}, and the grading reporter's variable
 *       {@code EXNN_RESULTS: ${{ steps.exNN.outputs.result }}}. Steps for exercises yet to come
 *       are allowed.</li>
 *   <li>The instructor repository's CI, {@value #CI}: it runs every script of {@code .ci/} that
 *       {@value #CI_RUN} runs, so what the docs promise on every push runs on GitHub too.</li>
 * </ul>
 */
public final class WorkflowCheck {

    public static final String WORKFLOW = ".github/workflows/classroom.yml";
    public static final String CI = ".github/workflows/ci.yml";
    static final String CI_RUN = ".ci/run";
    static final String REPORTER = "classroom-resources/autograding-grading-reporter";
    private static final Pattern CI_SCRIPT = Pattern.compile("\\.ci/[\\w.-]+\\.sh");

    private WorkflowCheck() {
    }

    /** Every problem of both workflows. */
    public static List<Problem> check(Path root) throws IOException {
        List<Problem> problems = new ArrayList<>(classroom(root));
        problems.addAll(ci(root));
        return problems;
    }

    /** Every script that {@value #CI_RUN} runs and {@value #CI} does not. */
    static List<Problem> ci(Path root) throws IOException {
        Path run = root.resolve(CI_RUN);
        if (!Files.isRegularFile(run) || !Files.isRegularFile(root.resolve(CI))) {
            return List.of(); // the students' template has neither
        }
        Set<String> inCi = new TreeSet<>();
        try {
            scripts(load(root, CI), inCi);
        } catch (YAMLException | ClassCastException e) {
            return List.of(Problem.ofFile(CI, "is not a workflow's YAML: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(run, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher script = CI_SCRIPT.matcher(line);
            while (!line.startsWith("#") && script.find()) {
                if (!inCi.contains(script.group())) {
                    problems.add(new Problem(CI_RUN, i + 1, "runs " + script.group() + ", which " + CI
                            + " does not: give it a job there"));
                }
            }
        }
        return problems;
    }

    /** Every {@code .ci/*.sh} that a string of {@code node} (a run line, a matrix value) names. */
    private static void scripts(Object node, Set<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> scripts(value, found));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> scripts(value, found));
        } else if (node instanceof String text) {
            CI_SCRIPT.matcher(text).results().map(MatchResult::group).forEach(found::add);
        }
    }

    private static Object load(Path root, String workflow) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(root.resolve(workflow), StandardCharsets.UTF_8));
    }

    /** Every exercise of {@code root} that {@value #WORKFLOW} does not report. */
    static List<Problem> classroom(Path root) throws IOException {
        Path file = root.resolve(WORKFLOW);
        if (!Files.isRegularFile(file)) {
            return List.of(Problem.ofFile(WORKFLOW, "does not exist: the students' grading workflow"));
        }
        List<Map<?, ?>> steps;
        try {
            steps = steps(load(root, WORKFLOW));
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
