package grader.scoreboard.platform;

import static grader.scoreboard.Grades.crashed;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.notRun;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import grader.i18n.Lang;
import grader.scoreboard.ExerciseGrade;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of classroom-resources/autograding-grading-reporter@v1, one runner per exercise. */
class ReporterResultTest extends CourseTreeTest {

    private static final List<String> FIELDS =
            List.of("name", "status", "score", "message", "test_code", "filename", "line_no", "duration");

    @Test
    void anExerciseWithAFailedTestFailsWithEveryTestScoredAndPlaced() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                passed("ex01.ParallelSumTest#sumsEveryNumber", "sums every number", 3),
                failed("ex01.ParallelSumTest#rejectsNegativeThreads", "rejects negative threads", 1,
                        "expected an IllegalArgumentException", "ParallelSum.java:7"));

        JsonObject result = decode(ReporterResult.base64(exercise, sources, Lang.EN));

        assertThat(result.get("version").getAsInt()).isEqualTo(1);
        assertThat(result.get("status").getAsString()).isEqualTo("fail");
        assertThat(result.get("max_score").getAsJsonPrimitive().getAsString()).isEqualTo("4");
        JsonArray tests = result.getAsJsonArray("tests");
        assertThat(tests).hasSize(2);
        tests.forEach(test -> assertThat(test.getAsJsonObject().keySet()).containsExactlyElementsOf(FIELDS));
        JsonObject pass = tests.get(0).getAsJsonObject();
        assertThat(pass.get("status").getAsString()).isEqualTo("pass");
        assertThat(pass.get("score").getAsJsonPrimitive().getAsString()).isEqualTo("3");
        assertThat(pass.get("message").getAsString()).isEmpty();
        assertThat(pass.get("test_code").getAsString()).isEqualTo("ex01.ParallelSumTest#sumsEveryNumber");
        assertThat(pass.get("filename").getAsString()).isEqualTo(TEST_FILE);
        assertThat(pass.get("line_no").getAsInt()).isZero();
        JsonObject fail = tests.get(1).getAsJsonObject();
        assertThat(fail.get("status").getAsString()).isEqualTo("fail");
        assertThat(fail.get("score").getAsDouble()).isZero();
        assertThat(fail.get("message").getAsString()).isEqualTo("expected an IllegalArgumentException");
        assertThat(fail.get("filename").getAsString()).isEqualTo(STUDENT_FILE);
        assertThat(fail.get("line_no").getAsInt()).isEqualTo(7);
        assertThat(fail.get("duration").getAsLong()).isEqualTo(34);
    }

    @Test
    void fullMarksPass() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                passed("ex01.ParallelSumTest#sumsEveryNumber", "sums every number", 3));

        assertThat(decode(ReporterResult.base64(exercise, sources, Lang.EN)).get("status").getAsString())
                .isEqualTo("pass");
    }

    @Test
    void anExerciseThatDoesNotCompileIsOneErrorEntryScoringZeroAtTheCompilersLine() {
        ExerciseGrade exercise = doesNotCompile("ex01-threads",
                STUDENT_FILE + ":3: ';' expected",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3, "", ""),
                failed("ex01.ParallelSumTest#rejectsNegativeThreads", "rejects", 1, "", ""));

        JsonObject result = decode(ReporterResult.base64(exercise, sources, Lang.EN));

        assertThat(result.get("status").getAsString()).isEqualTo("error");
        assertThat(result.get("max_score").getAsInt()).isEqualTo(4);
        JsonArray tests = result.getAsJsonArray("tests");
        assertThat(tests).hasSize(1);
        JsonObject compile = tests.get(0).getAsJsonObject();
        assertThat(compile.keySet()).containsExactlyElementsOf(FIELDS);
        assertThat(compile.get("name").getAsString()).isEqualTo("ex01-threads compiles");
        assertThat(compile.get("status").getAsString()).isEqualTo("error");
        assertThat(compile.get("score").getAsDouble()).isZero();
        assertThat(compile.get("message").getAsString())
                .isEqualTo("ex01-threads: does not compile: " + STUDENT_FILE + ":3: ';' expected");
        assertThat(compile.get("filename").getAsString()).isEqualTo(STUDENT_FILE);
        assertThat(compile.get("line_no").getAsInt()).isEqualTo(3);
    }

    @Test
    void anExerciseWhoseTestsDidNotRunStillHasOneEntry() {
        JsonObject result = decode(ReporterResult.base64(notRun("ex01-threads"), sources, Lang.ES));

        assertThat(result.get("status").getAsString()).isEqualTo("error");
        assertThat(result.get("max_score").getAsInt()).isZero();
        assertThat(result.getAsJsonArray("tests")).hasSize(1);
        assertThat(result.getAsJsonArray("tests").get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo("ex01-threads: sus pruebas se ejecutan");
    }

    @Test
    void aTestWhoseJvmCrashedIsAnErrorWhoseMessageNamesIt() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                crashed("ex01.ParallelSumTest#sumsEveryNumber", "sums every number", 3));

        JsonObject test = decode(ReporterResult.base64(exercise, sources, Lang.EN))
                .getAsJsonArray("tests").get(0).getAsJsonObject();

        assertThat(test.get("status").getAsString()).isEqualTo("error");
        assertThat(test.get("message").getAsString()).startsWith("sums every number: did not finish");
    }

    @Test
    void aMessageWithNewlinesQuotesAndSpanishTextSurvivesOnOneBase64Line() {
        String message = "se esperaba \"3\" pero fue 'dos':\n\tañadió el núcleo ¿dos veces? ¡sí!\r\n\\fin";
        ExerciseGrade exercise = graded("ex01-threads", "Hilos",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "suma «cada» número", 3, message, ""));

        String base64 = ReporterResult.base64(exercise, sources, Lang.ES);

        assertThat(base64).doesNotContain("\n", "\r", " ");
        JsonObject test = decode(base64).getAsJsonArray("tests").get(0).getAsJsonObject();
        assertThat(test.get("message").getAsString()).isEqualTo(message.strip());
        assertThat(test.get("name").getAsString()).isEqualTo("suma «cada» número");
    }

    @Test
    void aLongMessageIsShortened() {
        ExerciseGrade exercise = graded("ex01-threads", "Threads",
                failed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3, "é".repeat(5_000), ""));

        String message = decode(ReporterResult.base64(exercise, sources, Lang.EN))
                .getAsJsonArray("tests").get(0).getAsJsonObject().get("message").getAsString();

        assertThat(message).hasSize(ReporterResult.MAX_MESSAGE_CHARS).endsWith("…");
    }

    @Test
    void aRepeatingDecimalScoreIsRoundedToTwoDecimals() {
        assertThat(ReporterResult.score(10.0 / 3, 4)).isEqualTo(3.33);
        assertThat(ReporterResult.score(2.0 / 3, 1)).isEqualTo(0.67);
    }

    @Test
    void aScoreNeverExceedsItsMaximumNorFallsBelowZero() {
        assertThat(ReporterResult.score(50, 2)).isEqualTo(2);
        assertThat(ReporterResult.score(-1, 2)).isZero();
    }

    private static JsonObject decode(String base64) {
        return JsonParser.parseString(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }
}
