package grader.instructor.deadline;

import grader.instructor.Csv;
import grader.instructor.ExerciseCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class's gradebook at the deadline: {@code grade-batch}'s columns, one row per repository of
 * every shard, then what the deadline adds: the student, whether the roster knows them, the
 * commit graded and how it was chosen, when it was submitted, who pushed it, and the late pushes
 * with their times.
 */
final class DeadlineGradebook {

    private DeadlineGradebook() {
    }

    static String csv(List<ExerciseCatalog.Exercise> exercises, List<Outcome> outcomes, Roster roster) {
        int maxPoints = exercises.stream().mapToInt(ExerciseCatalog.Exercise::points).sum();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("repository", "status"));
        exercises.forEach(exercise -> header.add(exercise.id()));
        header.addAll(List.of("total", "max", "protected_changes", "notes", "seconds", "student", "on_roster",
                "graded_commit", "graded_commit_source", "submitted_at", "pusher", "late", "late_pushes"));
        rows.add(header);
        for (Outcome outcome : outcomes) {
            List<String> row = new ArrayList<>(List.of(outcome.repository(), outcome.status()));
            exercises.forEach(exercise -> row.add(outcome.points(exercise.id()).orElse("")));
            GradedCommit graded = outcome.graded();
            row.addAll(List.of(outcome.total().orElse(""), String.valueOf(maxPoints),
                    outcome.cells().getOrDefault("protected_changes", ""), notes(outcome),
                    outcome.cells().getOrDefault("seconds", ""), outcome.student(),
                    roster.isEmpty() ? "" : roster.find(outcome.student()).isPresent() ? "yes" : "no",
                    graded.commit() == null ? "" : graded.commit(), graded.source().word(), graded.submittedAt(),
                    graded.pusher(), graded.isLate() ? "yes" : "no", latePushes(graded)));
            rows.add(row);
        }
        return Csv.of(rows);
    }

    /** Everything worth knowing about the row, most important first. */
    static String notes(Outcome outcome) {
        return Stream.of(outcome.problem(), outcome.planned().problem(), outcome.cells().getOrDefault("notes", ""),
                        outcome.planned().note())
                .filter(note -> !note.isEmpty()).distinct().collect(Collectors.joining("; "));
    }

    /** {@code 2026-12-02T10:15:00Z 1a2b3c4 by bob; ...}. */
    static String latePushes(GradedCommit graded) {
        return graded.late().stream()
                .map(push -> push.at() + " " + abbreviated(push.commit()) + (push.pusher().isEmpty() ? "" : " by " + push.pusher()))
                .collect(Collectors.joining("; "));
    }

    static String abbreviated(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}
