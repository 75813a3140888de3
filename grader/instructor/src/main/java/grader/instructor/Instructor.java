package grader.instructor;

import grader.instructor.deadline.DeadlineCommands;
import grader.instructor.grading.BatchGrading;
import grader.instructor.grading.RunOutcomes;
import grader.instructor.mistakes.MistakeRecorder;
import grader.instructor.mutation.MutationCheck;
import grader.instructor.report.RenderedReport;
import grader.instructor.scaffold.ExerciseScaffold;
import grader.instructor.skeleton.SkeletonGenerator;
import grader.instructor.template.StudentTemplate;
import grader.scoreboard.GradeFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instructor's commands; the scripts in {@code grader/bin} build this module and call it.
 *
 * <pre>
 * Instructor ROOT generate-skeletons [--check]
 * Instructor ROOT list-exercises [--check] [--write-readme]
 * Instructor ROOT new-exercise NN slug "Title" "Título" [ClassName]
 * Instructor ROOT record-mistake exNN-slug NAME "What is wrong." TestClass#method...
 * Instructor ROOT export-template DIR
 * Instructor ROOT grade-pristine STUDENT_REPO OUT_DIR [OPTIONS]
 * Instructor ROOT grade-batch REPOS_DIR OUT_DIR [OPTIONS] [--jobs=N]
 * Instructor ROOT mutation-check [--changed-since=COMMIT] [exNN-slug ...]
 * Instructor ROOT deadline plan|fetch|merge ...    (see DeadlineCommands)
 * Instructor ROOT find-jdk VERSION                 prints the newest JDK of VERSION or later
 * Instructor ROOT check-report COURSE RENDERED     (COURSE graded, RENDERED: the browser's dom.html, report.png)
 * Instructor ROOT check-workflow                   classroom.yml reports every exercise, ci.yml runs .ci/run's checks
 * Instructor ROOT check-known-mistakes GRADE_JSON EXPECTATIONS   (one round of .ci/check-mistakes.sh)
 * Instructor ROOT run-outcomes RESULTS_DIR RUN     a line per graded test of one run (.ci/repeat-test.sh)
 *   OPTIONS: [--lang=es|en] [--timeout-minutes=N] [--received=DIR] [--only=exNN-slug,...]
 *            [--template=DIR]
 * </pre>
 *
 * <p>Exit status: 0 done; 1 problems found (each printed as {@code file:line: message}); 2 the
 * command could not run (bad arguments, a tool error).
 */
public final class Instructor {

    private static final int DEFAULT_TIMEOUT_MINUTES = 30;

    private Instructor() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println("error: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace(out);
            status = 2;
        }
        System.exit(status);
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: Instructor ROOT COMMAND [ARGS...]");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String[] option = args[i].substring(2).split("=", 2);
                options.put(option[0], option.length > 1 ? option[1] : "true");
            } else {
                positional.add(args[i]);
            }
        }
        switch (args[1]) {
            case "generate-skeletons":
                return generateSkeletons(root, options.containsKey("check"), out);
            case "list-exercises":
                return listExercises(root, options, out);
            case "new-exercise":
                return newExercise(root, positional, out);
            case "record-mistake":
                return recordMistake(root, positional, out);
            case "export-template":
                return report(StudentTemplate.export(root, path(positional, 0, "DIR"), out), out);
            case "grade-pristine":
                return batch(root, positional, options, out).gradeOne(path(positional, 0, "STUDENT_REPO"));
            case "grade-batch":
                return batch(root, positional, options, out).gradeAll(path(positional, 0, "REPOS_DIR"));
            case "mutation-check":
                return report(options.containsKey("changed-since")
                        ? new MutationCheck(root, out).runChangedSince(options.get("changed-since"), positional)
                        : new MutationCheck(root, out).run(positional), out);
            case "deadline":
                return DeadlineCommands.run(root, positional, options, out);
            case "find-jdk":
                return findJdk(positional, out);
            case "check-report":
                return report(RenderedReport.check(path(positional, 0, "COURSE"), path(positional, 1, "RENDERED")), out);
            case "check-workflow":
                return checkWorkflow(root, out);
            case "check-known-mistakes":
                return report(KnownMistakesCheck.check(GradeFiles.read(path(positional, 0, "GRADE_JSON")),
                        KnownMistakesCheck.readExpectations(path(positional, 1, "EXPECTATIONS")), out), out);
            case "run-outcomes":
                RunOutcomes.of(path(positional, 0, "RESULTS_DIR"), positional.size() > 1 ? positional.get(1) : "")
                        .forEach(out::println);
                return 0;
            default:
                throw new IllegalArgumentException("unknown command: " + args[1]);
        }
    }

    private static int generateSkeletons(Path root, boolean check, PrintStream out) throws Exception {
        SkeletonGenerator generator = new SkeletonGenerator(root);
        List<Problem> problems = check ? generator.check() : generator.generate(out);
        if (!check && problems.isEmpty()) {
            problems = generator.check(); // what generating cannot fix: leaks, exercises without a solution
        }
        if (check && problems.isEmpty()) {
            out.println("Every skeleton matches its solution; no solution text in exercises/.");
        }
        return report(problems, out);
    }

    private static int listExercises(Path root, Map<String, String> options, PrintStream out) throws Exception {
        List<ExerciseCatalog.Exercise> exercises = ExerciseCatalog.of(root);
        if (options.containsKey("write-readme")) {
            if (!ReadmeTable.write(root)) {
                List<Problem> nowhere = ReadmeTable.check(root);
                return report(nowhere.isEmpty() ? List.of(Problem.ofFile(ReadmeTable.README, "does not exist"))
                        : nowhere, out);
            }
            out.println("Wrote the exercise table of " + ReadmeTable.README + ".");
        }
        if (!options.containsKey("check")) {
            out.print(ExerciseCatalog.render(exercises));
            return 0;
        }
        List<Problem> problems = new ArrayList<>(StatementCheck.check(root));
        problems.addAll(ReadmeTable.check(root));
        if (problems.isEmpty()) {
            out.printf("The statements' and %s's tables agree with the @Graded tests: %d exercises, %d points.%n",
                    ReadmeTable.README, exercises.size(),
                    exercises.stream().mapToInt(ExerciseCatalog.Exercise::points).sum());
        }
        return report(problems, out);
    }

    private static int newExercise(Path root, List<String> args, PrintStream out) throws Exception {
        if (args.size() < 4 || args.size() > 5) {
            throw new IllegalArgumentException("usage: new-exercise NN slug \"Title\" \"Título\" [ClassName]");
        }
        ExerciseScaffold.Names names = ExerciseScaffold.Names.of(args.get(0), args.get(1), args.get(2), args.get(3));
        if (args.size() == 5) {
            names = new ExerciseScaffold.Names(names.number(), names.slug(), args.get(4), names.titleEn(),
                    names.titleEs());
        }
        new ExerciseScaffold(root).create(names, out);
        return 0;
    }

    private static int recordMistake(Path root, List<String> args, PrintStream out) throws Exception {
        if (args.size() < 4) {
            throw new IllegalArgumentException(
                    "usage: record-mistake exNN-slug NAME \"What is wrong, in one line.\" TestClass#method...");
        }
        new MistakeRecorder(root, out).record(args.get(0), args.get(1), args.get(2), args.subList(3, args.size()));
        out.printf("Check that its tests catch it: .ci/check-mistakes.sh %s%n", args.get(0));
        return 0;
    }

    private static int checkWorkflow(Path root, PrintStream out) throws Exception {
        List<Problem> problems = WorkflowCheck.check(root);
        if (problems.isEmpty()) {
            out.println(WorkflowCheck.WORKFLOW + " reports every exercise; " + WorkflowCheck.CI
                    + " runs every check of .ci/run.");
        }
        return report(problems, out);
    }

    private static int findJdk(List<String> args, PrintStream out) {
        int minimum = Integer.parseInt(args.isEmpty() ? "" : args.get(0));
        Optional<Path> jdk = Jdks.atLeast(minimum, System.getenv(), Jdks.usualFolders());
        if (jdk.isEmpty()) {
            System.err.println("No JDK " + minimum + " or newer found: install one, or name it in JAVA_HOME_"
                    + minimum + "_X64.");
            return 1;
        }
        out.println(jdk.get());
        return 0;
    }

    private static BatchGrading batch(Path root, List<String> args, Map<String, String> options, PrintStream out) {
        Duration timeout = Duration.ofMinutes(Integer.parseInt(
                options.getOrDefault("timeout-minutes", String.valueOf(DEFAULT_TIMEOUT_MINUTES))));
        return new BatchGrading(root, path(args, 1, "OUT_DIR"),
                new BatchGrading.Options(options.getOrDefault("lang", ""), timeout,
                        Integer.parseInt(options.getOrDefault("jobs", "1")),
                        options.containsKey("received") ? Path.of(options.get("received")).toAbsolutePath() : null,
                        exerciseIds(options),
                        options.containsKey("template") ? Path.of(options.get("template")).toAbsolutePath() : null),
                out);
    }

    /** The exercises of {@code --only=exNN-slug,...}; empty for all. */
    private static List<String> exerciseIds(Map<String, String> options) {
        return Arrays.stream(options.getOrDefault("only", "").split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    private static int report(List<Problem> problems, PrintStream out) {
        problems.forEach(out::println);
        if (!problems.isEmpty()) {
            out.println(problems.size() + " problem(s).");
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private static Path path(List<String> args, int index, String name) {
        if (args.size() <= index) {
            throw new IllegalArgumentException("missing argument " + name);
        }
        return Path.of(args.get(index)).toAbsolutePath().normalize();
    }
}
