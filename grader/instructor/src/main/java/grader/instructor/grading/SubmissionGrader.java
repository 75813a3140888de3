package grader.instructor.grading;

import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseModule;
import grader.scoreboard.GradeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Grades a student repository with the instructor's own tests, build files and grader: a fresh
 * workspace is made from the pristine template, only the student's graded main sources are
 * copied into it, and the students' usual Maven run grades it there. Nothing else of the
 * student's repository is read, let alone run.
 */
public final class SubmissionGrader {

    private static final int LOG_LINES_SHOWN = 25;

    private final Path template;
    private final Path received;
    private final Path seed;
    private final MavenRun maven;

    /**
     * @param template today's export of the student template: the files the grade uses
     * @param received the student template as handed out, which the protected files are compared
     *                 with (the same as {@code template} unless the course changed since)
     * @param seed     what each workspace starts as: the template itself, or a copy of it that has
     *                 been built once (its build outputs are reused; the exercises' are not)
     * @param maven    how to run the grading build
     */
    SubmissionGrader(Path template, Path received, Path seed, MavenRun maven) {
        this.template = template;
        this.received = received;
        this.seed = seed;
        this.maven = maven;
    }

    /** Grades {@code student} in {@code workspace} (created, then left for the caller), logging to {@code log}. */
    SubmissionResult grade(String name, Path student, Path workspace, Path log)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (!Files.isDirectory(student.resolve("exercises"))) {
            return SubmissionResult.notGraded(name, SubmissionResult.Status.NOT_A_COURSE_REPOSITORY,
                    "not a course repository: it has no exercises/ folder", null, since(start));
        }
        SubmissionFiles files = SubmissionFiles.compare(template, received, student);
        if (!maven.only().isEmpty()) {
            files = files.gradingOnly(maven.only());
        }
        prepare(workspace, student, files);
        if (!maven.run(workspace, log)) {
            return SubmissionResult.notGraded(name, SubmissionResult.Status.GRADER_ERROR,
                    "the grading run took longer than " + maven.timeout().toMinutes() + " min and was stopped",
                    files, since(start));
        }
        Path gradeFolder = workspace.resolve(GradeFiles.FOLDER);
        if (!Files.isRegularFile(gradeFolder.resolve("grade.json"))) {
            return SubmissionResult.notGraded(name, SubmissionResult.Status.GRADER_ERROR,
                    "the grading run wrote no grade; the end of its log:\n" + tail(log), files, since(start));
        }
        CourseGrade grade = GradeFiles.read(gradeFolder.resolve("grade.json"));
        String report = Files.readString(gradeFolder.resolve("grade.md"), StandardCharsets.UTF_8);
        return new SubmissionResult(name, SubmissionResult.Status.GRADED, "", grade, report, files, since(start));
    }

    /**
     * The seed, without any exercise's build output or grade, with each exercise's main sources
     * replaced by the student's (an exercise the student does not have keeps its skeleton).
     */
    private void prepare(Path workspace, Path student, SubmissionFiles files) throws IOException {
        FileTrees.copy(seed, workspace, path -> !path.equals("target/")
                && !(path.startsWith("exercises/") && path.endsWith("/target/")));
        for (ExerciseModule exercise : ExerciseModule.under(workspace, "exercises")) {
            if (!files.missingExercises().contains(exercise.id())) {
                FileTrees.delete(exercise.dir().resolve("src/main"));
            }
        }
        for (String file : files.graded()) {
            Path target = workspace.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(student.resolve(file), target);
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
