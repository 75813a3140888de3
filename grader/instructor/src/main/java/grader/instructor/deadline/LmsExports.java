package grader.instructor.deadline;

import grader.instructor.Csv;
import grader.instructor.ExerciseCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files an LMS imports, one column per exercise graded, one row per student of the roster.
 * A student without a grade (no repository, not graded) has an empty cell, which both Canvas
 * and Moodle read as "no grade", never as a zero. Students the roster does not know cannot be
 * matched by an LMS, so they are not in these files: {@link RosterMatch#unknown()} reports them.
 */
final class LmsExports {

    private LmsExports() {
    }

    /**
     * Canvas's gradebook import: {@code Student, ID, SIS User ID, SIS Login ID, Section}, then one
     * column per assignment titled {@code Name (id)}, and a {@code Points Possible} row. Canvas
     * matches a column to its assignment by the id in parentheses; a column without one creates
     * a new assignment, so give the ids ({@code --canvas-assignments=ex01-threads=1234,...}).
     *
     * @param assignmentIds Canvas's assignment id of each exercise, by exercise id
     */
    static String canvas(List<ExerciseCatalog.Exercise> exercises, RosterMatch match, Map<String, String> assignmentIds) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
        List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
        for (ExerciseCatalog.Exercise exercise : exercises) {
            String id = assignmentIds.getOrDefault(exercise.id(), "");
            header.add(id.isEmpty() ? exercise.id() : exercise.id() + " (" + id + ")");
            possible.add(String.valueOf(exercise.points()));
        }
        rows.add(header);
        rows.add(possible);
        for (RosterMatch.Entry entry : match.entries()) {
            Roster.Student student = entry.student();
            List<String> row = new ArrayList<>(List.of(student.displayName(), student.canvasId(), student.sisUserId(),
                    student.sisLoginId(), student.section()));
            exercises.forEach(exercise -> row.add(points(entry, exercise)));
            rows.add(row);
        }
        return Csv.of(rows);
    }

    /**
     * Moodle's grade import: the students' identifier, then one column per grade item (mapped to
     * Moodle's items on import). The identifier is the Moodle username when the roster gives
     * every student one, else the email when it gives every student one; else there is no file,
     * since Moodle aborts an import in which any one user is not found.
     */
    static Optional<String> moodle(List<ExerciseCatalog.Exercise> exercises, RosterMatch match) {
        Optional<Function<Roster.Student, String>> identifier = moodleIdentifier(match);
        if (identifier.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(usesUsernames(match) ? "username" : "email"));
        exercises.forEach(exercise -> header.add(exercise.id()));
        rows.add(header);
        for (RosterMatch.Entry entry : match.entries()) {
            List<String> row = new ArrayList<>(List.of(identifier.get().apply(entry.student())));
            exercises.forEach(exercise -> row.add(points(entry, exercise)));
            rows.add(row);
        }
        return Optional.of(Csv.of(rows));
    }

    /** Why there is no Moodle file: the students who have neither a Moodle username nor an email. */
    static List<String> withoutMoodleIdentity(RosterMatch match) {
        return match.entries().stream().map(RosterMatch.Entry::student)
                .filter(student -> student.moodleUsername().isEmpty() && student.email().isEmpty())
                .map(Roster.Student::github).toList();
    }

    private static Optional<Function<Roster.Student, String>> moodleIdentifier(RosterMatch match) {
        if (match.entries().isEmpty()) {
            return Optional.empty();
        }
        if (usesUsernames(match)) {
            return Optional.of(Roster.Student::moodleUsername);
        }
        boolean everyEmail = match.entries().stream().noneMatch(entry -> entry.student().email().isEmpty());
        return everyEmail ? Optional.of(Roster.Student::email) : Optional.empty();
    }

    private static boolean usesUsernames(RosterMatch match) {
        return match.entries().stream().noneMatch(entry -> entry.student().moodleUsername().isEmpty());
    }

    private static String points(RosterMatch.Entry entry, ExerciseCatalog.Exercise exercise) {
        return entry.outcome().flatMap(outcome -> outcome.points(exercise.id())).orElse("");
    }
}
