package grader.scoreboard;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import grader.i18n.Lang;
import grader.record.FailureCause;
import grader.scoreboard.TestGrade.Status;
import java.util.List;

/** Grades written in a line, for the reports' tests. */
public final class Grades {

    private Grades() {
    }

    public static TestGrade passed(String id, String name, int points) {
        return new TestGrade(id, name, Status.PASSED, points, points, "", "", 12, new JsonObject(), null);
    }

    public static TestGrade failed(String id, String name, int maxPoints, String message, String location) {
        return new TestGrade(id, name, Status.FAILED, 0, maxPoints, message, location, 34, new JsonObject(),
                FailureCause.CHECK);
    }

    /** A test whose test JVM died (System.exit, a crash) before it finished. */
    public static TestGrade crashed(String id, String name, int maxPoints) {
        return new TestGrade(id, name, Status.DID_NOT_RUN, 0, maxPoints,
                "did not finish: its test JVM stopped before this test ended", "", 0, null, null);
    }

    public static TestGrade withEvidence(TestGrade test, String evidenceJson) {
        return new TestGrade(test.id(), test.name(), test.status(), test.points(), test.maxPoints(), test.message(),
                test.location(), test.durationMillis(), JsonParser.parseString(evidenceJson).getAsJsonObject(),
                test.cause());
    }

    public static ExerciseGrade graded(String id, String title, TestGrade... tests) {
        return new ExerciseGrade(id, title, ExerciseGrade.Status.GRADED,
                List.of(tests).stream().mapToInt(TestGrade::points).sum(),
                List.of(tests).stream().mapToInt(TestGrade::maxPoints).sum(), "", List.of(tests));
    }

    /** An exercise that does not compile: its declared tests did not run, the first compiler error says why. */
    public static ExerciseGrade doesNotCompile(String id, String compilerError, TestGrade... declared) {
        return didNotRun(id, ExerciseGrade.Status.DOES_NOT_COMPILE, "does not compile: " + compilerError, declared);
    }

    public static ExerciseGrade notRun(String id, TestGrade... declared) {
        return didNotRun(id, ExerciseGrade.Status.NOT_RUN, "its tests did not run in this build", declared);
    }

    private static ExerciseGrade didNotRun(String id, ExerciseGrade.Status status, String message,
                                           TestGrade... declared) {
        List<TestGrade> tests = List.of(declared).stream()
                .map(t -> new TestGrade(t.id(), t.name(), Status.DID_NOT_RUN, 0, t.maxPoints(), message, "", 0, null,
                        null))
                .toList();
        return new ExerciseGrade(id, id, status, 0, tests.stream().mapToInt(TestGrade::maxPoints).sum(), message,
                tests);
    }

    public static CourseGrade course(Lang lang, ExerciseGrade... exercises) {
        return CourseGrade.of(lang, "build-1", List.of(exercises));
    }
}
