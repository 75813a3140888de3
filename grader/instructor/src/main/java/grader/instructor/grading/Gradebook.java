package grader.instructor.grading;

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
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("repository", "status"));
        exercises.forEach(exercise -> header.add(exercise.id()));
        header.addAll(List.of("total", "max", "protected_changes", "notes", "seconds"));
        line(csv, header);
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
            line(csv, row);
        }
        return csv.toString();
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

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String quoted(String cell) {
        return cell.matches("[^,\"\r\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
