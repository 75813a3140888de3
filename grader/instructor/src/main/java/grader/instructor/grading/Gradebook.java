package grader.instructor.grading;

import grader.instructor.Csv;
import grader.instructor.ExerciseCatalog;
import grader.scoreboard.ExerciseGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gradebook: one CSV row per repository, with the points of each exercise and the total.
 * A repository that could not be graded has empty points, never a made-up zero.
 */
final class Gradebook {

    private Gradebook() {
    }

    static String csv(List<ExerciseCatalog.Exercise> exercises, List<SubmissionResult> results) {
        int maxPoints = exercises.stream().mapToInt(ExerciseCatalog.Exercise::points).sum();
        List<List<String>> csv = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("repository", "status"));
        exercises.forEach(exercise -> header.add(exercise.id()));
        header.addAll(List.of("total", "max", "protected_changes", "notes", "seconds"));
        csv.add(header);
        for (SubmissionResult result : results) {
            List<String> row = new ArrayList<>(
                    List.of(result.repository(), result.status().name().toLowerCase(Locale.ROOT)));
            for (ExerciseCatalog.Exercise exercise : exercises) {
                row.add(points(result, exercise.id()));
            }
            row.add(result.status() == SubmissionResult.Status.GRADED ? String.valueOf(result.grade().points())
                    : result.status() == SubmissionResult.Status.NOT_A_COURSE_REPOSITORY ? "0" : "");
            row.add(String.valueOf(maxPoints));
            row.add(result.files() == null ? "" : String.valueOf(result.files().protectedChanges().size()));
            row.add(notes(result));
            row.add(String.valueOf(result.took().toSeconds()));
            csv.add(row);
        }
        return Csv.of(csv);
    }

    private static String points(SubmissionResult result, String id) {
        switch (result.status()) {
            case GRADED:
                return result.grade().exercises().stream().filter(e -> e.id().equals(id))
                        .map(ExerciseGrade::points).findFirst().map(String::valueOf).orElse("0");
            case NOT_A_COURSE_REPOSITORY:
                return "0";
            default:
                return "";
        }
    }

    private static String notes(SubmissionResult result) {
        List<String> notes = new ArrayList<>();
        if (!result.problem().isEmpty()) {
            notes.add(result.problem().lines().findFirst().orElse(""));
        }
        if (!result.notCompiling().isEmpty()) {
            notes.add("does not compile: " + String.join(" ", result.notCompiling()));
        }
        if (result.files() != null) {
            if (!result.files().missingExercises().isEmpty()) {
                notes.add("missing: " + String.join(" ", result.files().missingExercises()));
            }
            long ignored = result.files().changes().size() - result.files().protectedChanges().size();
            if (ignored > 0) {
                notes.add(ignored + " ignored file(s)");
            }
        }
        return String.join("; ", notes);
    }
}
