package grader.scoreboard.platform;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.TestGrade;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The course's grade as Classroom 50 reads it: {@code result.json} in schema
 * {@code classroom50/result/v1}, whole-number scores, one entry per graded test. Classroom 50's
 * runner names the submission in environment variables; outside it those fields are empty.
 */
public final class Classroom50Result {

    public static final String SCHEMA = "classroom50/result/v1";

    /**
     * Which submission this is, as Classroom 50's runner tells its autograder in environment
     * variables, and when it was submitted: the graded commit's date, which the grading script
     * passes in {@code GRADER_COMMIT_DATE} (else the time of grading).
     */
    public record Submission(String classroom, String assignment, String tag, String commitUrl, String releaseUrl,
                             String reviewUrl, Instant submittedAt, Instant gradedAt) {

        public static Submission fromEnvironment(Map<String, String> env, Instant now) {
            Instant graded = now.truncatedTo(ChronoUnit.SECONDS);
            String commit = env.getOrDefault("COMMIT_URL", "");
            String review = env.getOrDefault("REVIEW_URL", "");
            return new Submission(env.getOrDefault("CLASSROOM", ""), env.getOrDefault("ASSIGNMENT", ""),
                    env.getOrDefault("SUBMISSION_TAG", ""), commit, env.getOrDefault("RELEASE_URL", ""),
                    review.isEmpty() ? commit : review, commitDate(env.get("GRADER_COMMIT_DATE")).orElse(graded),
                    graded);
        }

        private static Optional<Instant> commitDate(String isoDate) {
            try {
                return isoDate == null || isoDate.isBlank() ? Optional.empty()
                        : Optional.of(OffsetDateTime.parse(isoDate.strip()).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private Classroom50Result() {
    }

    public static String json(CourseGrade course, Submission submission) {
        JsonObject result = new JsonObject();
        result.addProperty("schema", SCHEMA);
        result.addProperty("classroom", submission.classroom());
        result.addProperty("assignment", submission.assignment());
        result.addProperty("submission", submission.tag());
        result.addProperty("commit", submission.commitUrl());
        result.addProperty("release", submission.releaseUrl());
        result.addProperty("review", submission.reviewUrl());
        result.addProperty("datetime", submission.submittedAt().toString());
        result.addProperty("graded_at", submission.gradedAt().toString());
        result.addProperty("score", course.points());
        result.addProperty("max-score", course.maxPoints());
        JsonArray tests = new JsonArray();
        for (ExerciseGrade exercise : course.exercises()) {
            for (TestGrade test : exercise.tests()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("test-name", exercise.id() + " · " + test.name());
                entry.addProperty("passed", test.passed());
                entry.addProperty("score", test.points());
                entry.addProperty("max-score", test.maxPoints());
                entry.addProperty("message", test.reason());
                tests.add(entry);
            }
        }
        result.add("tests", tests);
        return GradeFiles.gson().toJson(result);
    }
}
