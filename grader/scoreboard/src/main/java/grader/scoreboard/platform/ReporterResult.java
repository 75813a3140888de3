package grader.scoreboard.platform;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import grader.i18n.Lang;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import grader.scoreboard.platform.SourceLocator.Place;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One exercise as a runner of {@code classroom-resources/autograding-grading-reporter@v1}: the
 * step output {@code result}, one line of base64 of
 * {@code {version, status, max_score, tests:[{name, status, score, message, test_code, filename, line_no, duration}]}}.
 *
 * <p>The reporter adds up {@code tests[].score} for the grade it announces, and crashes, losing
 * every runner's points, on a result without {@code tests}; so: {@code tests} is always there
 * (an exercise whose tests did not run is one entry that scores 0), every score is a number
 * rounded to two decimals and never above its maximum, {@code max_score} is an integer, and
 * messages are short enough for {@code $GITHUB_OUTPUT}. Its console prints the message only for
 * {@code error} entries, without the test's name, so those messages start with the name.
 */
public final class ReporterResult {

    /** The reporter prints messages in the job log; longer ones are cut there and here. */
    static final int MAX_MESSAGE_CHARS = 500;

    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private ReporterResult() {
    }

    /** The step output {@code result}: the JSON in base64, on one line. */
    public static String base64(ExerciseGrade exercise, SourceLocator sources, Lang lang) {
        return Base64.getEncoder().encodeToString(json(exercise, sources, lang).getBytes(StandardCharsets.UTF_8));
    }

    public static String json(ExerciseGrade exercise, SourceLocator sources, Lang lang) {
        JsonObject result = new JsonObject();
        result.addProperty("version", 1);
        result.addProperty("status", exercise.status() != ExerciseGrade.Status.GRADED ? "error"
                : exercise.points() == exercise.maxPoints() ? "pass" : "fail");
        result.addProperty("max_score", exercise.maxPoints());
        JsonArray tests = new JsonArray();
        if (exercise.status() == ExerciseGrade.Status.GRADED) {
            exercise.tests().forEach(test -> tests.add(test(exercise.id(), test, sources)));
        } else {
            tests.add(didNotRun(exercise, sources, lang));
        }
        result.add("tests", tests);
        return COMPACT.toJson(result);
    }

    private static JsonObject test(String exerciseId, TestGrade test, SourceLocator sources) {
        String status = test.passed() ? "pass" : test.status() == TestGrade.Status.DID_NOT_RUN ? "error" : "fail";
        Place place = sources.studentCode(exerciseId, test.location())
                .or(() -> sources.testMethod(exerciseId, test.id()).map(method -> new Place(method.path(), 0)))
                .orElse(Place.NOWHERE);
        String message = "error".equals(status) ? test.name() + ": " + test.message() : test.message();
        return entry(test.name(), status, score(test.points(), test.maxPoints()), message, test.id(), place,
                test.durationMillis());
    }

    /** An exercise whose tests did not run: one entry worth nothing, with the reason (the compiler error). */
    private static JsonObject didNotRun(ExerciseGrade exercise, SourceLocator sources, Lang lang) {
        String name = exercise.status() == ExerciseGrade.Status.DOES_NOT_COMPILE
                ? exercise.id() + lang.pick(" compiles", " compila")
                : exercise.id() + lang.pick(": its tests run", ": sus pruebas se ejecutan");
        Place place = sources.compilerError(exercise.message()).orElse(Place.NOWHERE);
        return entry(name, "error", 0, exercise.id() + ": " + exercise.message(), "", place, 0);
    }

    private static JsonObject entry(String name, String status, double score, String message, String testCode,
                                    Place place, long durationMillis) {
        JsonObject entry = new JsonObject();
        entry.addProperty("name", name);
        entry.addProperty("status", status);
        entry.addProperty("score", score == Math.rint(score) ? (Number) (long) score : (Number) score);
        entry.addProperty("message", "pass".equals(status) ? "" : shorten(message));
        entry.addProperty("test_code", testCode);
        entry.addProperty("filename", place.path());
        entry.addProperty("line_no", place.line());
        entry.addProperty("duration", durationMillis);
        return entry;
    }

    /** A score as the reporter must get it: within 0 and its maximum, rounded to two decimals. */
    static double score(double earned, double max) {
        double clamped = Math.max(0, Math.min(earned, max));
        return BigDecimal.valueOf(clamped).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String shorten(String message) {
        return Text.shorten(message.strip(), MAX_MESSAGE_CHARS);
    }
}
