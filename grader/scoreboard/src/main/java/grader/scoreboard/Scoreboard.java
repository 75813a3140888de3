package grader.scoreboard;

import grader.i18n.Lang;
import grader.scoreboard.platform.Classroom50Result.Submission;
import grader.scoreboard.platform.PlatformFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grading tool, run by Maven as the reactor's last module.
 *
 * <pre>
 * Scoreboard --root=DIR --build=ID [--mode=student|instructor|manifest] [--lang=es|en]
 *            [--only=ex01-threads,...] [--exercise=ex01]
 * </pre>
 *
 * <p>Student mode grades {@code exercises/}, prints the scoreboard and writes
 * {@code target/grade/grade.json}, {@code grade.md}, {@code index.html} and the platforms' files
 * ({@link PlatformFiles}). Instructor mode also grades {@code solutions/} into
 * {@code target/grade/solutions/} and checks that every skeleton earns 0 and every solution full
 * marks ({@link InstructorCheck}; its verdict also in {@code target/grade/instructor-check.txt}).
 * {@code --only} limits the grade to some exercises (a build with {@code -pl}), and
 * {@code --exercise} to one, by its number ({@code -Dexercise=ex01}). Manifest mode grades nothing:
 * it writes the course's {@link TestManifest}, which the student template carries so that changed
 * or deleted test files are noticed.
 *
 * <p>It leaves its {@link Verdict} in {@code target/grade/verdict.txt}, and the build's next step,
 * {@link BuildVerdict}, ends the build with it. Exit 2 means the grader itself failed, not the
 * submission; it leaves {@code target/grade/grader-error.txt} behind.
 */
public final class Scoreboard {

    /** The instructor check's verdict, written into {@code target/grade} for the scripts that run it. */
    public static final String INSTRUCTOR_CHECK = "instructor-check.txt";

    /** Written into {@code target/grade} when the grader itself fails (exit status 2). */
    public static final String GRADER_ERROR = "grader-error.txt";

    private Scoreboard() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = 0;
        Map<String, String> options = Map.of();
        try {
            options = options(args);
            Verdict.delete(root(options));
            run(options, out).write(root(options));
        } catch (Exception | LinkageError e) {
            e.printStackTrace(out);
            out.println("GRADER ERROR (not your code's fault): " + e);
            recordGraderError(root(options), e);
            status = 2;
        }
        System.exit(status);
    }

    /** Grades and reports; the verdict says whether every point was earned (or the instructor check passed). */
    static Verdict run(Map<String, String> options, PrintStream out) throws Exception {
        Path root = root(options);
        String build = options.get("build");
        if (build == null || build.isBlank()) {
            throw new IllegalArgumentException("--build=ID is required: the Maven run whose results to grade");
        }
        Lang lang = Lang.parse(options.getOrDefault("lang", ""));
        Path gradeFolder = root.resolve(GradeFiles.FOLDER);

        if ("manifest".equals(options.get("mode"))) {
            TestManifest manifest = TestManifest.of(root);
            manifest.write(root);
            out.printf("Wrote %s: the test files of %d exercises.%n", TestManifest.LOCATION, manifest.exercises().size());
            return Verdict.passed();
        }
        Set<String> only = Arrays.stream(options.getOrDefault("only", "").split(","))
                .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        String exercise = options.getOrDefault("exercise", "").strip();
        if (!exercise.isEmpty()) {
            Optional<String> chosen = ExerciseModule.under(root, "exercises").stream().map(ExerciseModule::id)
                    .filter(id -> id.equals(exercise) || id.startsWith(exercise + "-")).findFirst();
            if (chosen.isEmpty()) {
                return new Verdict(Verdict.Kind.NOT_GRADED, noSuchExercise(root, exercise));
            }
            only = Set.of(chosen.get());
        }
        CourseGrade exercises = grade(root, "exercises", build, lang, only);
        GradeFiles.write(gradeFolder, exercises);
        if (!"instructor".equals(options.get("mode"))) {
            PlatformFiles.write(root, gradeFolder, exercises,
                    Submission.fromEnvironment(System.getenv(), Instant.now()));
            out.print(ConsoleReport.render(exercises));
            out.println(ConsoleReport.reportLine());
            return verdict(exercises.fullMarks(), notRunByMaven(root, "exercises", exercises));
        }
        CourseGrade solutions = grade(root, "solutions", build, lang, only);
        GradeFiles.write(gradeFolder.resolve("solutions"), solutions);
        InstructorCheck check = InstructorCheck.of(exercises, solutions);
        GradeFiles.writeAtomically(gradeFolder.resolve(INSTRUCTOR_CHECK), check.render());
        out.print(ConsoleReport.render(solutions));
        out.print(check.render());
        List<String> notRun = new ArrayList<>(notRunByMaven(root, "exercises", exercises));
        notRunByMaven(root, "solutions", solutions).forEach(id -> notRun.add("solutions/" + id));
        return verdict(check.passed(), notRun);
    }

    /**
     * Passed, failed with every lost point explained, or not graded: some exercise is there but
     * Maven did not run its tests, and only Maven's own errors say why.
     */
    private static Verdict verdict(boolean passed, List<String> notRunByMaven) {
        if (!notRunByMaven.isEmpty()) {
            String which = String.join(", ", notRunByMaven);
            return new Verdict(Verdict.Kind.NOT_GRADED, String.format(
                    "Not graded: Maven did not run the tests of %s (its error is above; to grade one exercise: "
                            + "./mvnw test -Dexercise=ex01). / Sin calificar: Maven no ejecutó las pruebas de %s "
                            + "(su error está arriba; para calificar un ejercicio: ./mvnw test -Dexercise=ex01).",
                    which, which));
        }
        return passed ? Verdict.passed() : new Verdict(Verdict.Kind.FAILED,
                "Not every graded test came out as expected: see the scoreboard above (target/grade/index.html). "
                        + "/ No todas las pruebas calificadas salieron como se esperaba: mira el marcador de arriba "
                        + "(target/grade/index.html).");
    }

    /** The exercises of {@code tree} that are there and were graded, but whose tests Maven did not run. */
    private static List<String> notRunByMaven(Path root, String tree, CourseGrade grade) throws IOException {
        Set<String> present = ExerciseModule.under(root, tree).stream().map(ExerciseModule::id)
                .collect(Collectors.toSet());
        return grade.exercises().stream()
                .filter(exercise -> exercise.status() == ExerciseGrade.Status.NOT_RUN && present.contains(exercise.id()))
                .map(ExerciseGrade::id).toList();
    }

    private static String noSuchExercise(Path root, String exercise) throws IOException {
        String numbers = ExerciseModule.under(root, "exercises").stream()
                .map(module -> PlatformFiles.runnerId(module.id())).collect(Collectors.joining(", "));
        return String.format("There is no exercise %s: the exercises are %s (./mvnw test -Dexercise=ex01). "
                + "/ No hay ningún ejercicio %s: los ejercicios son %s (./mvnw test -Dexercise=ex01).",
                exercise, numbers, exercise, numbers);
    }

    private static Path root(Map<String, String> options) {
        return Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
    }

    /**
     * Leaves {@code target/grade/grader-error.txt} behind, so a script that runs the build can
     * tell a grader failure from failing tests: Maven fails the same way for both.
     */
    private static void recordGraderError(Path root, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            GradeFiles.writeAtomically(root.resolve(GradeFiles.FOLDER).resolve(GRADER_ERROR), trace.toString());
        } catch (IOException | RuntimeException e) {
            error.addSuppressed(e); // the missing grade.json still tells the script
        }
    }

    /**
     * Grades every exercise of {@code tree}. Whatever goes wrong with one exercise is reported on
     * it, so the others, and the grade files, are always written.
     */
    static CourseGrade grade(Path root, String tree, String build, Lang lang, Set<String> only) throws Exception {
        ExerciseGrader grader = new ExerciseGrader(root, build, lang);
        List<ExerciseGrade> exercises = new ArrayList<>();
        List<ExerciseModule> modules = ExerciseModule.under(root, tree);
        for (ExerciseModule module : modules) {
            if (only.isEmpty() || only.contains(module.id())) {
                try {
                    exercises.add(grader.grade(module));
                } catch (Exception | LinkageError e) {
                    exercises.add(new ExerciseGrade(module.id(), module.id(), ExerciseGrade.Status.NOT_RUN, 0, 0,
                            lang.pick("could not be graded: ", "no se pudo calificar: ") + e, List.of()));
                }
            }
        }
        if (tree.equals("exercises")) {
            Set<String> present = modules.stream().map(ExerciseModule::id).collect(Collectors.toSet());
            for (TestManifest.Exercise missing : grader.manifest().map(TestManifest::exercises).orElse(List.of())) {
                if (!present.contains(missing.id()) && (only.isEmpty() || only.contains(missing.id()))) {
                    exercises.add(new ExerciseGrade(missing.id(), missing.id(), ExerciseGrade.Status.NOT_RUN, 0,
                            missing.maxPoints(), String.format(lang.pick(
                                    "its folder was deleted: restore it (git checkout -- exercises/%s)",
                                    "su carpeta se borró: recupérala (git checkout -- exercises/%s)"), missing.id()),
                            List.of()));
                }
            }
        }
        return CourseGrade.of(lang, build, exercises);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
