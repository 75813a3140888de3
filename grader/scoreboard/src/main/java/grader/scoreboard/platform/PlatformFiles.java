package grader.scoreboard.platform;

import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.platform.Classroom50Result.Submission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes, next to {@code grade.json}, what each platform reads, all rendered from the same grade:
 *
 * <pre>
 * result.json          Classroom 50
 * results.json         Gradescope
 * github/exNN.result   the step output "result" of the reporter's runner exNN: base64 on one line
 * github/exNN.log      what the step exNN prints: its score, then its error annotations
 * github/runners       the reporter's runners: the exercises worth points, comma-separated
 * github/outputs       the grade step's outputs, as GitHub reads them: runners=, points=, max-points=
 * github/build         the Maven run graded (the property grader.build), to tell this run's files
 * </pre>
 *
 * {@code grader/bin/github-grade} hands these to the workflow as they are, reading no JSON itself;
 * the job summary is {@code grade.md}.
 */
public final class PlatformFiles {

    private PlatformFiles() {
    }

    public static void write(Path root, Path folder, CourseGrade course, Submission submission) throws IOException {
        GradeFiles.writeAtomically(folder.resolve("result.json"), Classroom50Result.json(course, submission));
        GradeFiles.writeAtomically(folder.resolve("results.json"), GradescopeResults.json(course));
        SourceLocator sources = new SourceLocator(root);
        List<ExerciseGrade> runners = course.exercises().stream().filter(e -> e.maxPoints() > 0).toList();
        int budget = Annotations.budgetPerExercise(runners.size());
        Path github = folder.resolve("github");
        for (ExerciseGrade exercise : runners) {
            String runner = runnerId(exercise.id());
            GradeFiles.writeAtomically(github.resolve(runner + ".result"),
                    ReporterResult.base64(exercise, sources, course.lang()) + "\n");
            StringBuilder log = new StringBuilder(String.format("%s: %d/%d%s%n", exercise.id(), exercise.points(),
                    exercise.maxPoints(), exercise.title().equals(exercise.id()) ? "" : " · " + exercise.title()));
            Annotations.of(exercise, sources, course.lang(), budget).forEach(line -> log.append(line).append('\n'));
            GradeFiles.writeAtomically(github.resolve(runner + ".log"), log.toString());
        }
        String runnerIds = runners.stream().map(e -> runnerId(e.id())).collect(Collectors.joining(","));
        GradeFiles.writeAtomically(github.resolve("runners"), runnerIds + "\n");
        GradeFiles.writeAtomically(github.resolve("outputs"), stepOutputs(runnerIds, course));
        GradeFiles.writeAtomically(github.resolve("build"), course.build() + "\n");
    }

    /** The grade step's outputs, one {@code name=value} line each, the format of {@code $GITHUB_OUTPUT}. */
    static String stepOutputs(String runnerIds, CourseGrade course) {
        return "runners=" + runnerIds + "\npoints=" + course.points() + "\nmax-points=" + course.maxPoints() + "\n";
    }

    /**
     * The reporter's name for an exercise, {@code ex01} for {@code ex01-threads}: also its step id,
     * since the reporter accepts only letters and digits there.
     */
    public static String runnerId(String exerciseId) {
        int dash = exerciseId.indexOf('-');
        return dash < 0 ? exerciseId : exerciseId.substring(0, dash);
    }
}
