package grader.instructor.deadline;

import grader.instructor.ExerciseCatalog;
import grader.instructor.grading.FileTrees;
import grader.scoreboard.GradeFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the shards' results into the class's files, in {@code OUT}:
 *
 * <pre>
 * gradebook.csv             one row per repository: grade-batch's columns, then the deadline's
 * canvas.csv                Canvas's gradebook import      (with a roster)
 * moodle.csv                Moodle's grade import          (with a roster that names every student in Moodle)
 * classroom50-scores.csv    Classroom 50's scores.csv columns
 * summary.md                what to look at first (the job summary on GitHub)
 * feedback/, grades/, logs/ each repository's, as grade-batch wrote them
 * </pre>
 */
final class DeadlineMerge {

    private final List<ExerciseCatalog.Exercise> exercises;
    private final Roster roster;
    private final Map<String, String> canvasAssignments;
    private final PrintStream log;

    /**
     * @param exercises         the exercises graded, as the course's catalogue gives them
     * @param canvasAssignments Canvas's assignment id of each exercise, by exercise id
     */
    DeadlineMerge(List<ExerciseCatalog.Exercise> exercises, Roster roster, Map<String, String> canvasAssignments,
                  PrintStream log) {
        this.exercises = exercises;
        this.roster = roster;
        this.canvasAssignments = canvasAssignments;
        this.log = log;
    }

    /** Writes every file; exit status 0, or 1 when a repository has no grade (the summary says which). */
    int merge(DeadlinePlan plan, Path results, Path out) throws IOException {
        List<Outcome> outcomes = Outcome.read(plan, results);
        int maxPoints = exercises.stream().mapToInt(ExerciseCatalog.Exercise::points).sum();
        RosterMatch match = RosterMatch.of(roster, outcomes);
        List<String> files = new ArrayList<>(List.of("gradebook.csv", "classroom50-scores.csv"));
        List<String> remarks = new ArrayList<>();
        write(out, "gradebook.csv", DeadlineGradebook.csv(exercises, outcomes, roster));
        write(out, "classroom50-scores.csv", Classroom50Scores.csv(outcomes, match, roster, maxPoints));
        if (!roster.isEmpty()) {
            write(out, "canvas.csv", LmsExports.canvas(exercises, match, canvasAssignments));
            files.add("canvas.csv");
            exercises.stream().filter(exercise -> !canvasAssignments.containsKey(exercise.id())).findFirst()
                    .ifPresent(exercise -> remarks.add("canvas.csv: " + exercise.id() + " has no Canvas assignment id, "
                            + "so importing its column creates a new assignment (--canvas-assignments=ID=NUMBER,...)"));
            Optional<String> moodle = LmsExports.moodle(exercises, match);
            if (moodle.isPresent()) {
                write(out, "moodle.csv", moodle.get());
                files.add("moodle.csv");
            } else {
                remarks.add("no moodle.csv: Moodle aborts an import with any user it cannot find, and the roster "
                        + "gives neither a moodle_username nor an email for " + String.join(", ",
                        LmsExports.withoutMoodleIdentity(match)));
            }
        }
        for (String folder : List.of("feedback", "grades", "logs")) {
            copyShards(results, folder, out.resolve(folder));
        }
        files.add("feedback/");
        String summary = DeadlineSummary.markdown(plan, outcomes, roster, match, maxPoints, files, remarks);
        write(out, "summary.md", summary);
        log.print(summary);
        return outcomes.stream().allMatch(Outcome::hasGrade) ? 0 : 1;
    }

    private static void write(Path out, String file, String content) throws IOException {
        GradeFiles.writeAtomically(out.resolve(file), content);
    }

    /**
     * Each shard's {@code folder} (e.g. {@code feedback/}) into one; of a file every shard has
     * (the log of grading the template), the first shard's.
     */
    private static void copyShards(Path results, String folder, Path into) throws IOException {
        for (Path shard : Outcome.shardFolders(results)) {
            if (Files.isDirectory(shard.resolve(folder))) {
                FileTrees.copy(shard.resolve(folder), into, path -> path.endsWith("/") || !Files.exists(into.resolve(path)));
            }
        }
    }
}
