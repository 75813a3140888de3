package grader.instructor.deadline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the instructor reads first (the merge job's summary on GitHub): how many repositories were
 * graded, the grade and the graded commit of each, and every repository and student that needs a
 * look: without a grade, pushed late, not on the roster, on the roster without a repository.
 */
final class DeadlineSummary {

    private DeadlineSummary() {
    }

    static String markdown(DeadlinePlan plan, List<Outcome> outcomes, Roster roster, RosterMatch match,
                           int maxPoints, List<String> files, List<String> remarks) {
        StringBuilder md = new StringBuilder();
        long graded = outcomes.stream().filter(Outcome::hasGrade).count();
        long late = outcomes.stream().filter(outcome -> outcome.graded().isLate()).count();
        md.append("## Deadline grading: ").append(plan.deadline()).append(", ")
                .append(plan.only().isEmpty() ? "every exercise" : String.join(", ", plan.only())).append("\n\n")
                .append(String.format("%d repositories in %d shard(s): %d graded, %d without a grade; "
                        + "%d pushed after the deadline.%n%n", outcomes.size(), plan.shards().size(), graded,
                        outcomes.size() - graded, late));
        md.append("| Student | Repository | Points | Graded commit | Pushed after the deadline |\n|---|---|---|---|---|\n");
        for (Outcome outcome : outcomes) {
            GradedCommit commit = outcome.graded();
            md.append("| ").append(cell(outcome.student())).append(" | ").append(cell(outcome.repository()))
                    .append(" | ").append(outcome.total().map(points -> points + "/" + maxPoints).orElse(outcome.status()))
                    .append(" | ").append(commit.commit() == null ? "" : "`" + DeadlineGradebook.abbreviated(commit.commit())
                            + "` " + commit.source().word() + (commit.submittedAt().isEmpty() ? "" : " " + commit.submittedAt()))
                    .append(" | ").append(cell(DeadlineGradebook.latePushes(commit))).append(" |\n");
        }
        List<Outcome> ungraded = outcomes.stream().filter(outcome -> !outcome.hasGrade()).toList();
        section(md, "Without a grade: look at these", ungraded.stream()
                .map(outcome -> outcome.repository() + " (" + outcome.status() + "): " + DeadlineGradebook.notes(outcome))
                .toList());
        if (roster.isEmpty()) {
            md.append("\nNo roster given: the LMS files need one (--roster=FILE).\n");
        } else {
            section(md, "Not on the roster (in the gradebook; no LMS file can carry them)",
                    match.unknown().stream().map(outcome -> outcome.student() + " (" + outcome.repository() + ")").toList());
            section(md, "On the roster without a repository (an empty grade in every file)",
                    match.missing().stream().map(Roster.Student::github).toList());
            section(md, "On the roster with several repositories (an empty grade in the LMS files: choose one)",
                    match.ambiguous().stream().map(entry -> entry.student().github() + ": " + entry.outcomes().stream()
                            .map(Outcome::repository).collect(Collectors.joining(", "))).toList());
        }
        section(md, "Remarks", remarks);
        md.append("\nFiles: ").append(files.stream().map(file -> "`" + file + "`").collect(Collectors.joining(", ")))
                .append('\n');
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            md.append("\n### ").append(title).append("\n\n");
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
