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
import java.util.OptionalLong;

/**
 * The course's grade as Classroom 50 reads it: {@code result.json} in schema
 * {@code classroom50/result/v1}, whole-number scores, one entry per graded test. Classroom 50's
 * runner names the submission in environment variables; outside it those fields are empty.
 * Classroom 50 rejects a result whose {@code owner} is not the repository's owner, so every
 * field of the contract is written, {@code submitted_by} (optional) whenever the pusher is known.
 */
public final class Classroom50Result {

    public static final String SCHEMA = "classroom50/result/v1";

    /**
     * Which submission this is, as Classroom 50's runner tells its autograder in environment
     * variables ({@code OWNER}, or {@code USERNAME}, is the repository owner's login), who pushed
     * it (GitHub's {@code GITHUB_ACTOR} and {@code GITHUB_ACTOR_ID}), and when it was submitted:
     * the graded commit's date, which the grading script passes in {@code GRADER_COMMIT_DATE}
     * (else the time of grading).
     */
    public record Submission(String classroom, String assignment, String assignmentType, String owner, String tag,
                             String commitUrl, String releaseUrl, String reviewUrl, Instant submittedAt,
                             Instant gradedAt, Optional<Pusher> submittedBy) {

        public static Submission fromEnvironment(Map<String, String> env, Instant now) {
            Instant graded = now.truncatedTo(ChronoUnit.SECONDS);
            String commit = env.getOrDefault("COMMIT_URL", "");
            String review = env.getOrDefault("REVIEW_URL", "");
            String owner = env.getOrDefault("OWNER", "");
            return new Submission(env.getOrDefault("CLASSROOM", ""), env.getOrDefault("ASSIGNMENT", ""),
                    env.getOrDefault("ASSIGNMENT_TYPE", ""), owner.isEmpty() ? env.getOrDefault("USERNAME", "") : owner,
                    env.getOrDefault("SUBMISSION_TAG", ""), commit, env.getOrDefault("RELEASE_URL", ""),
                    review.isEmpty() ? commit : review, commitDate(env.get("GRADER_COMMIT_DATE")).orElse(graded),
                    graded, Pusher.fromEnvironment(env));
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

    /**
     * The GitHub account that pushed the submission.
     *
     * @param id its numeric id, empty when the environment does not say
     */
    public record Pusher(String username, OptionalLong id) {

        static Optional<Pusher> fromEnvironment(Map<String, String> env) {
            String username = env.getOrDefault("GITHUB_ACTOR", "");
            if (username.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Pusher(username, OptionalLong.of(Long.parseLong(
                        env.getOrDefault("GITHUB_ACTOR_ID", "").strip()))));
            } catch (NumberFormatException e) {
                return Optional.of(new Pusher(username, OptionalLong.empty()));
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
        result.addProperty("assignment_type", submission.assignmentType());
        result.addProperty("owner", submission.owner());
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
        submission.submittedBy().ifPresent(pusher -> {
            JsonObject submittedBy = new JsonObject();
            submittedBy.addProperty("username", pusher.username());
            pusher.id().ifPresent(id -> submittedBy.addProperty("id", id)); // the contract allows it absent
            result.add("submitted_by", submittedBy);
        });
        return GradeFiles.gson().toJson(result);
    }
}
