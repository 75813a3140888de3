package grader.scoreboard.platform;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.platform.Classroom50Result.Submission;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Classroom50ResultTest {

    private static final Instant NOW = Instant.parse("2026-06-01T14:33:11.123Z");
    private static final Submission OUTSIDE = Submission.fromEnvironment(Map.of(), NOW);

    /**
     * Every field of the contract {@code classroom50/result/v1} and its JSON type, as Classroom
     * 50's documentation of {@code result.json} lists them ({@code submitted_by} is optional).
     */
    private static final Map<String, String> CONTRACT = Map.ofEntries(
            Map.entry("schema", "string"), Map.entry("classroom", "string"), Map.entry("assignment", "string"),
            Map.entry("assignment_type", "string"), Map.entry("owner", "string"), Map.entry("submission", "string"),
            Map.entry("commit", "string"), Map.entry("release", "string"), Map.entry("review", "string"),
            Map.entry("datetime", "string"), Map.entry("graded_at", "string"), Map.entry("score", "int"),
            Map.entry("max-score", "int"), Map.entry("tests", "array"), Map.entry("submitted_by", "object"));
    private static final Set<String> OPTIONAL = Set.of("submitted_by");
    private static final Map<String, String> TEST_CONTRACT = Map.of(
            "test-name", "string", "passed", "boolean", "score", "int", "max-score", "int");

    /** What Classroom 50's runner and GitHub put in the environment of a graded push. */
    private static final Map<String, String> CLASSROOM50_RUN = Map.ofEntries(
            Map.entry("CLASSROOM", "concurrency-2026"), Map.entry("ASSIGNMENT", "course"),
            Map.entry("ASSIGNMENT_TYPE", "individual"), Map.entry("OWNER", "alice"), Map.entry("USERNAME", "alice"),
            Map.entry("SUBMISSION_TAG", "submit/2026-06-01T14-32-05Z-a1b2c3d"),
            Map.entry("COMMIT_URL", "https://example.org/commit/a1b2c3d"),
            Map.entry("RELEASE_URL", "https://example.org/release/1"),
            Map.entry("REVIEW_URL", "https://example.org/compare/base...a1b2c3d"),
            Map.entry("GITHUB_ACTOR", "alice-laptop"), Map.entry("GITHUB_ACTOR_ID", "4242"),
            Map.entry("GRADER_COMMIT_DATE", "2026-06-01T16:32:05+02:00"));

    @Test
    void aGradedPushWritesEveryFieldOfTheContractWithItsType() {
        CourseGrade grade = course(Lang.EN, graded("ex01-threads", "Threads", passed("ex01.T#a", "sums", 3),
                failed("ex01.T#b", "rejects", 2, "no exception", "")));

        JsonObject result = JsonParser.parseString(Classroom50Result.json(grade,
                Submission.fromEnvironment(CLASSROOM50_RUN, NOW))).getAsJsonObject();

        assertFollowsTheContract(result);
        assertThat(result.keySet()).containsAll(OPTIONAL);
        assertThat(result.get("assignment_type").getAsString()).isEqualTo("individual");
        assertThat(result.get("owner").getAsString()).isEqualTo("alice");
        assertThat(result.get("review").getAsString()).isEqualTo("https://example.org/compare/base...a1b2c3d");
        JsonObject submittedBy = result.getAsJsonObject("submitted_by");
        assertThat(submittedBy.get("username").getAsString()).isEqualTo("alice-laptop");
        assertThat(submittedBy.get("id").getAsLong()).isEqualTo(4242);
    }

    @Test
    void outsideClassroom50TheResultStillFollowsTheContractWithoutThePusher() {
        JsonObject result = JsonParser.parseString(Classroom50Result.json(course(Lang.EN), OUTSIDE))
                .getAsJsonObject();

        assertFollowsTheContract(result);
        assertThat(result.has("submitted_by")).isFalse();
        assertThat(result.get("owner").getAsString()).isEmpty();
    }

    @Test
    void theOwnerIsTheUsernameWhenTheRunnerGivesNoOwnerAndThePushersIdMayBeUnknown() {
        Submission submission = Submission.fromEnvironment(
                Map.of("USERNAME", "bob", "GITHUB_ACTOR", "bob", "GITHUB_ACTOR_ID", ""), NOW);

        JsonObject result = JsonParser.parseString(Classroom50Result.json(course(Lang.EN), submission))
                .getAsJsonObject();

        assertFollowsTheContract(result);
        assertThat(result.get("owner").getAsString()).isEqualTo("bob");
        assertThat(result.getAsJsonObject("submitted_by").keySet()).containsExactly("username");
    }

    @Test
    void theCourseIsOneResultInWholeNumbersWithATestPerGradedTest() {
        CourseGrade grade = course(Lang.ES,
                graded("ex01-threads", "Hilos", passed("ex01.T#a", "suma", 3),
                        failed("ex01.T#b", "rechaza \"-1\"", 2, "se esperaba una excepción\ny no llegó", "")),
                doesNotCompile("ex02-thread-pool", "exercises/ex02-thread-pool/src/main/java/ex02/Pool.java:4: error",
                        failed("ex02.P#c", "reparte", 5, "", "")));

        JsonObject result = JsonParser.parseString(Classroom50Result.json(grade, OUTSIDE)).getAsJsonObject();

        assertThat(result.get("schema").getAsString()).isEqualTo("classroom50/result/v1");
        assertThat(result.get("score").getAsJsonPrimitive().getAsString()).isEqualTo("3");
        assertThat(result.get("max-score").getAsJsonPrimitive().getAsString()).isEqualTo("10");
        JsonArray tests = result.getAsJsonArray("tests");
        assertThat(tests).hasSize(3);
        JsonObject failedTest = tests.get(1).getAsJsonObject();
        assertThat(failedTest.get("test-name").getAsString()).isEqualTo("ex01-threads · rechaza \"-1\"");
        assertThat(failedTest.get("passed").getAsBoolean()).isFalse();
        assertThat(failedTest.get("score").getAsJsonPrimitive().getAsString()).isEqualTo("0");
        assertThat(failedTest.get("max-score").getAsJsonPrimitive().getAsString()).isEqualTo("2");
        assertThat(failedTest.get("message").getAsString()).isEqualTo("se esperaba una excepción");
        JsonObject notCompiled = tests.get(2).getAsJsonObject();
        assertThat(notCompiled.get("passed").getAsBoolean()).isFalse();
        assertThat(notCompiled.get("message").getAsString()).startsWith("does not compile: exercises/ex02");
    }

    @Test
    void aCourseWhereNoTestRanIsAValidEmptyResult() {
        JsonObject result = JsonParser.parseString(Classroom50Result.json(course(Lang.EN), OUTSIDE))
                .getAsJsonObject();

        assertThat(result.get("score").getAsInt()).isZero();
        assertThat(result.get("max-score").getAsInt()).isZero();
        assertThat(result.getAsJsonArray("tests")).isEmpty();
    }

    @Test
    void theSubmissionIsNamedByClassroom50sRunnerAndDatedByItsCommit() {
        Submission submission = Submission.fromEnvironment(Map.of(
                "CLASSROOM", "concurrency-2026", "ASSIGNMENT", "course", "SUBMISSION_TAG", "submit/1",
                "COMMIT_URL", "https://example.org/commit/abc", "RELEASE_URL", "https://example.org/release/1",
                "GRADER_COMMIT_DATE", "2026-06-01T16:32:05+02:00"), NOW);

        JsonObject result = JsonParser.parseString(Classroom50Result.json(course(Lang.EN), submission))
                .getAsJsonObject();

        assertThat(result.get("classroom").getAsString()).isEqualTo("concurrency-2026");
        assertThat(result.get("assignment").getAsString()).isEqualTo("course");
        assertThat(result.get("submission").getAsString()).isEqualTo("submit/1");
        assertThat(result.get("review").getAsString()).isEqualTo("https://example.org/commit/abc");
        assertThat(result.get("datetime").getAsString()).isEqualTo("2026-06-01T14:32:05Z");
        assertThat(result.get("graded_at").getAsString()).isEqualTo("2026-06-01T14:33:11Z");
    }

    private static void assertFollowsTheContract(JsonObject result) {
        assertThat(result.keySet()).as("the fields of classroom50/result/v1")
                .containsAll(CONTRACT.keySet().stream().filter(field -> !OPTIONAL.contains(field)).toList())
                .allMatch(CONTRACT::containsKey);
        result.keySet().forEach(field -> assertThat(typeOf(result.get(field))).as(field).isEqualTo(CONTRACT.get(field)));
        assertThat(result.get("schema").getAsString()).isEqualTo(Classroom50Result.SCHEMA);
        for (JsonElement test : result.getAsJsonArray("tests")) {
            JsonObject entry = test.getAsJsonObject();
            assertThat(entry.keySet()).containsAll(TEST_CONTRACT.keySet());
            TEST_CONTRACT.forEach((field, type) -> assertThat(typeOf(entry.get(field))).as(field).isEqualTo(type));
        }
        if (result.has("submitted_by")) {
            JsonObject pusher = result.getAsJsonObject("submitted_by");
            assertThat(typeOf(pusher.get("username"))).isEqualTo("string");
            assertThat(pusher.keySet()).isSubsetOf("username", "id");
        }
    }

    /** The JSON type of a value, telling whole numbers ({@code int}) from others. */
    private static String typeOf(JsonElement value) {
        if (value.isJsonObject()) {
            return "object";
        }
        if (value.isJsonArray()) {
            return "array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "boolean";
        }
        if (primitive.isNumber()) {
            return primitive.getAsString().matches("-?\\d+") ? "int" : "number";
        }
        return "string";
    }

    @Test
    void withoutACommitDateTheSubmissionIsDatedWhenGraded() {
        assertThat(Submission.fromEnvironment(Map.of("GRADER_COMMIT_DATE", "yesterday"), NOW).submittedAt())
                .isEqualTo(Instant.parse("2026-06-01T14:33:11Z"));
    }
}
