package grader.instructor.grading;

import grader.i18n.Lang;
import grader.instructor.ExerciseCatalog;
import grader.instructor.Problem;
import grader.instructor.template.StudentTemplate;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.TestManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grades student repositories with the instructor's pristine files and writes, into the output
 * folder, {@code gradebook.csv}, and for each repository {@code feedback/<name>.md},
 * {@code grades/<name>.json} and {@code logs/<name>.log}.
 *
 * <p>The template is exported once. A batch first grades the template itself: it must compile
 * everywhere and earn nothing, or the batch stops before any student is graded with a broken
 * setup; that run also builds the grader, so every student's run reuses it and runs offline.
 * A repository that cannot be graded is reported in its row and never stops the batch.
 */
public final class BatchGrading {

    /**
     * @param language {@code es}, {@code en} or blank (the JVM's locale), for the feedback
     * @param timeout  the longest one repository's grading run may take
     * @param jobs     how many repositories are graded at the same time; above 1 the runs compete
     *                 for the cores, so more speed-up tests end "not measured" and their points
     *                 follow the concurrency proofs, as on any busy machine
     * @param received the student template as handed out (e.g. a clone of the template repository),
     *                 to list only what students changed when the course changed since; null when
     *                 it is today's export
     * @param only     the exercises to grade (e.g. this week's); empty for all
     * @param template the student template, already exported, to grade with; null to export it
     *                 from the course now. The grading kit grades with one, on a machine that
     *                 never holds the reference solutions
     */
    public record Options(String language, Duration timeout, int jobs, Path received, List<String> only,
                          Path template) {

        public Options {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
            }
        }
    }

    private final Path root;
    private final Path out;
    private final Options options;
    private final PrintStream log;

    public BatchGrading(Path root, Path out, Options options, PrintStream log) {
        this.root = root;
        this.out = out;
        this.options = options;
        this.log = log;
    }

    /** Grades one repository; exit status 0 when it was graded (whatever its points). */
    public int gradeOne(Path repository) throws IOException, InterruptedException {
        return run(List.of(repository), false);
    }

    /** Grades every folder in {@code repositories}; exit status 0 unless a run failed. */
    public int gradeAll(Path repositories) throws IOException, InterruptedException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(repositories)) {
            folders = children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        return run(folders, true);
    }

    private int run(List<Path> repositories, boolean batch) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("pristine-grading");
        try {
            Path template = options.template();
            if (template == null) {
                template = scratch.resolve("template");
                List<Problem> problems =
                        StudentTemplate.export(root, template, new PrintStream(PrintStream.nullOutputStream()));
                if (!problems.isEmpty()) {
                    log.println("Cannot export the student template to grade with:");
                    problems.forEach(problem -> log.println("  " + problem));
                    return 2;
                }
            } else if (!Files.isRegularFile(template.resolve(TestManifest.LOCATION))) {
                log.println("Not an exported student template (it has no " + TestManifest.LOCATION + "): " + template);
                return 2;
            }
            List<ExerciseCatalog.Exercise> exercises = ExerciseCatalog.of(template).stream()
                    .filter(exercise -> options.only().isEmpty() || options.only().contains(exercise.id())).toList();
            if (exercises.size() < options.only().size()) {
                log.println("No such exercise among " + options.only() + ": see grader/bin/list-exercises");
                return 2;
            }
            int maxPoints = exercises.stream().mapToInt(ExerciseCatalog.Exercise::points).sum();
            Path seed = template;
            MavenRun maven = new MavenRun(false, options.language(), options.timeout(), options.only());
            if (batch) {
                seed = scratch.resolve("baseline");
                if (!baseline(template, seed, maven)) {
                    return 2;
                }
                maven = new MavenRun(true, options.language(), options.timeout(), options.only());
            }
            Path received = options.received() == null ? template : options.received();
            SubmissionGrader grader = new SubmissionGrader(template, received, seed, maven);
            return gradeEach(repositories, grader, scratch, exercises, maxPoints);
        } finally {
            FileTrees.delete(scratch);
        }
    }

    /** Grades the untouched template in {@code workspace}, which is kept, built, as the seed. */
    private boolean baseline(Path template, Path workspace, MavenRun maven) throws IOException, InterruptedException {
        Files.createDirectories(out.resolve("logs"));
        Path logFile = out.resolve("logs/_template.log");
        SubmissionResult result = new SubmissionGrader(template, template, template, maven)
                .grade("template", template, workspace, logFile);
        boolean clean = result.status() == SubmissionResult.Status.GRADED && result.grade().points() == 0
                && result.grade().exercises().stream().allMatch(e -> e.status() == ExerciseGrade.Status.GRADED);
        log.printf("Baseline: the untouched template graded %s in %d s%s%n",
                result.grade() == null ? result.status() : result.grade().points() + "/" + result.grade().maxPoints(),
                result.took().toSeconds(), clean ? "." : "");
        if (!clean) {
            log.println("  but it must compile everywhere and earn 0 points: look at " + logFile
                    + (result.problem().isEmpty() ? "" : "\n  " + result.problem()));
        }
        return clean;
    }

    private int gradeEach(List<Path> repositories, SubmissionGrader grader, Path scratch,
                          List<ExerciseCatalog.Exercise> exercises, int maxPoints)
            throws IOException, InterruptedException {
        Lang lang = Lang.parse(options.language());
        Files.createDirectories(out.resolve("logs"));
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        List<SubmissionResult> results = new ArrayList<>();
        long start = System.nanoTime();
        try {
            List<Future<SubmissionResult>> grading = new ArrayList<>();
            for (int i = 0; i < repositories.size(); i++) {
                Path repository = repositories.get(i);
                Path workspace = scratch.resolve("workspace-" + i);
                grading.add(pool.submit(() -> gradeSafely(grader, repository, workspace)));
            }
            for (Future<SubmissionResult> next : grading) {
                SubmissionResult result = next.get();
                results.add(result);
                String file = fileNameOf(result.repository());
                write(out.resolve("feedback/" + file + ".md"), Feedback.render(result, lang, maxPoints));
                if (result.grade() != null) {
                    write(out.resolve("grades/" + file + ".json"), GradeFiles.gson().toJson(result.grade()));
                }
                write(out.resolve("gradebook.csv"), Gradebook.csv(exercises, results)); // a crash loses nothing
                log.printf("[%d/%d] %s%n", results.size(), repositories.size(), summary(result, maxPoints));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading stopped unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        log.printf("Graded %d repositories in %.1f min with %d job(s): %.2f per minute. Gradebook: %s%n",
                results.size(), minutes, options.jobs(), results.size() / Math.max(minutes, 1e-9),
                out.resolve("gradebook.csv"));
        return results.stream().anyMatch(r -> r.status() == SubmissionResult.Status.GRADER_ERROR) ? 1 : 0;
    }

    /** Grades one repository; whatever goes wrong becomes its row, never the batch's end. */
    private SubmissionResult gradeSafely(SubmissionGrader grader, Path repository, Path workspace)
            throws InterruptedException, IOException {
        String name = repository.getFileName().toString();
        try {
            return grader.grade(name, repository, workspace, out.resolve("logs/" + fileNameOf(name) + ".log"));
        } catch (IOException | RuntimeException e) {
            return SubmissionResult.notGraded(name, SubmissionResult.Status.GRADER_ERROR, "grading failed: " + e,
                    null, Duration.ZERO);
        } finally {
            FileTrees.delete(workspace);
        }
    }

    private static String summary(SubmissionResult result, int maxPoints) {
        String earned = result.grade() != null ? String.valueOf(result.grade().points())
                : result.status() == SubmissionResult.Status.NOT_A_COURSE_REPOSITORY ? "0" : "?";
        String points = earned + "/" + maxPoints;
        StringBuilder line = new StringBuilder(result.repository()).append(": ").append(points);
        if (result.status() != SubmissionResult.Status.GRADED) {
            line.append(" (").append(result.problem().lines().findFirst().orElse("")).append(')');
        }
        if (result.files() != null && !result.files().protectedChanges().isEmpty()) {
            line.append(", ").append(result.files().protectedChanges().size()).append(" protected file(s) changed");
        }
        return line.append(" in ").append(result.took().toSeconds()).append(" s").toString();
    }

    /** A repository's name made safe as a file name. */
    static String fileNameOf(String repository) {
        String safe = repository.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.startsWith(".") ? "_" + safe : safe;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
