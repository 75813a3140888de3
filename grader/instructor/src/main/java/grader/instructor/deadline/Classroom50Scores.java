package grader.instructor.deadline;

import grader.instructor.Csv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadline's grades in the columns of Classroom 50's {@code scores.csv} (what
 * {@code gh teacher download} writes), so that whatever reads that file reads these: one line
 * per repository, keyed by the student's GitHub username, then one blank-score line per student
 * of the roster who has no repository, as Classroom 50 writes one per non-submitter.
 */
final class Classroom50Scores {

    static final List<String> COLUMNS = List.of("username", "first_name", "last_name", "email", "section", "score",
            "max_score", "datetime", "submission_tag", "submitted_by", "review_url", "late", "override");

    private Classroom50Scores() {
    }

    static String csv(List<Outcome> outcomes, RosterMatch match, Roster roster, int maxPoints) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        List<List<String>> lines = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            GradedCommit graded = outcome.graded();
            Optional<String> score = outcome.total();
            List<String> line = new ArrayList<>(identity(outcome.student(), roster.find(outcome.student())));
            line.addAll(List.of(score.orElse(""), score.isPresent() ? String.valueOf(maxPoints) : "",
                    graded.submittedAt(), "", graded.pusher(),
                    outcome.planned().repository().commitUrl(graded.commit()),
                    graded.submittedAt().isEmpty() ? "" : String.valueOf(graded.isLate()), ""));
            lines.add(line);
        }
        for (Roster.Student student : match.missing()) {
            List<String> line = new ArrayList<>(identity(student.github(), Optional.of(student)));
            line.addAll(List.of("", "", "", "", "", "", "", ""));
            lines.add(line);
        }
        lines.sort(Comparator.comparing(line -> line.get(0).toLowerCase(java.util.Locale.ROOT)));
        rows.addAll(lines);
        return Csv.of(rows);
    }

    private static List<String> identity(String username, Optional<Roster.Student> student) {
        return List.of(username,
                student.map(s -> s.firstName().isEmpty() && s.lastName().isEmpty() ? s.name() : s.firstName())
                        .orElse(""),
                student.map(Roster.Student::lastName).orElse(""), student.map(Roster.Student::email).orElse(""),
                student.map(Roster.Student::section).orElse(""));
    }
}
