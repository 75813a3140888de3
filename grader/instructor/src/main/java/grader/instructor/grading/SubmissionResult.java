package grader.instructor.grading;

import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import java.time.Duration;
import java.util.List;

/**
 * One student repository, graded with the instructor's pristine files.
 *
 * @param repository the repository's folder name
 * @param status     whether it was graded
 * @param problem    why it was not graded, or empty
 * @param grade      the scoreboard's grade; null unless graded
 * @param report     the scoreboard's {@code grade.md}; empty unless graded
 * @param files      what was graded and which protected files changed; null for a folder that is
 *                   not a course repository
 * @param took       how long grading it took
 */
public record SubmissionResult(String repository, Status status, String problem, CourseGrade grade, String report,
                               SubmissionFiles files, Duration took) {

    /** Whether the repository could be graded. */
    public enum Status {
        GRADED,
        /** No {@code exercises/} folder: graded 0, nothing run. */
        NOT_A_COURSE_REPOSITORY,
        /** The grading run itself failed (timed out, wrote no grade): the instructor must look. */
        GRADER_ERROR
    }

    public static SubmissionResult notGraded(String repository, Status status, String problem, SubmissionFiles files,
                                             Duration took) {
        return new SubmissionResult(repository, status, problem, null, "", files, took);
    }

    /** The exercises that did not compile, by id. */
    public List<String> notCompiling() {
        return grade == null ? List.of() : grade.exercises().stream()
                .filter(e -> e.status() == ExerciseGrade.Status.DOES_NOT_COMPILE)
                .map(ExerciseGrade::id)
                .toList();
    }
}
