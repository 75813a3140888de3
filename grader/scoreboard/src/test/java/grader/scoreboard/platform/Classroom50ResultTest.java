package grader.scoreboard.platform;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.platform.Classroom50Result.Submission;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Classroom50ResultTest {

    private static final Instant NOW = Instant.parse("2026-06-01T14:33:11.123Z");
    private static final Submission OUTSIDE = Submission.fromEnvironment(Map.of(), NOW);

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

    @Test
    void withoutACommitDateTheSubmissionIsDatedWhenGraded() {
        assertThat(Submission.fromEnvironment(Map.of("GRADER_COMMIT_DATE", "yesterday"), NOW).submittedAt())
                .isEqualTo(Instant.parse("2026-06-01T14:33:11Z"));
    }
}
