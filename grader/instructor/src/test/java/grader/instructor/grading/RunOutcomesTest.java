package grader.instructor.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import grader.Role;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutcomesTest {

    @TempDir
    Path folder;

    @Test
    void eachFinishedTestIsALineWithItsOutcomeAndItsSpeedupFigures() {
        JsonObject speedup = new JsonObject();
        speedup.addProperty("speedup", 1.8734);
        speedup.addProperty("calibration", 1.9);
        speedup.addProperty("coresBusy", 2);
        speedup.addProperty("noisy", false);
        JsonObject evidence = new JsonObject();
        evidence.add("speedup", speedup);
        ResultsFile results = new ResultsFile(folder);
        results.append(record("fourThreadsAreFaster", Outcome.STARTED, null));
        results.append(record("fourThreadsAreFaster", Outcome.PASSED, evidence));
        results.append(record("sumsEveryNumber", Outcome.FAILED, new JsonObject()));

        assertThat(RunOutcomes.of(folder, "3")).containsExactly(
                "run  3 fourThreadsAreFaster PASSED speedup=1.87 calibration=1.90 coresBusy=2 noisy=false",
                "run  3 sumsEveryNumber FAILED");
    }

    @Test
    void aRunThatRecordedNothingSaysSo() {
        assertThat(RunOutcomes.of(folder.resolve("missing"), "12"))
                .containsExactly("run 12 - NO-RESULT (the Maven run recorded nothing)");
    }

    private static TestRecord record(String method, Outcome outcome, JsonObject evidence) {
        return new TestRecord("local", "ex01.ParallelSumSpeedupTest", method, "en", "es", 2, Role.SPEEDUP, outcome,
                "", "", 10, evidence, null);
    }
}
