package grader.record;

import static grader.record.ScoringTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Role;
import grader.i18n.Lang;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void theLineSaysTheTestsPassedThePointsAndTheSeconds() {
        String line = Progress.line("ex01-threads", List.of(
                result("sums", Role.CHECK, Outcome.PASSED, 3),
                result("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, 2),
                result("rejects", Role.CHECK, Outcome.FAILED, 1),
                result("faster", Role.SPEEDUP, Outcome.ABORTED, 2)), Duration.ofMillis(12_400), Lang.EN);

        assertThat(line).startsWith("ex01-threads ").contains("3 of 4 tests passed").contains("7/8 points")
                .endsWith("12 s");
    }

    @Test
    void aSpeedupNotMeasuredCountsNothingWhenAProofFailed() {
        String line = Progress.line("ex02-thread-pool", List.of(
                result("overlaps", Role.CONCURRENCY_PROOF, Outcome.FAILED, 2),
                result("faster", Role.SPEEDUP, Outcome.ABORTED, 2)), Duration.ZERO, Lang.ES);

        assertThat(line).contains("0 de 2 pruebas superadas").contains("0/4 puntos");
    }

    @Test
    void startThenReportPrintsTheLineOfThisBuildsResults(@TempDir Path results) throws Exception {
        new ResultsFile(results).append(result("sums", Role.CHECK, Outcome.PASSED, 3));
        new ResultsFile(results).append(new TestRecord("an older build", "ex.T", "old", "", "", 5, Role.CHECK,
                Outcome.PASSED, "", "", 1, null, null));
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Progress.main(new String[] {"start", "--results=" + results});
            Progress.main(new String[] {"report", "--results=" + results, "--build=b", "--name=ex09-demo", "--lang=en"});
            Progress.main(new String[] {"report", "--results=" + results, "--build=b", "--packaging=pom"});
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("ex09-demo ")
                .contains("1 of 1 tests passed", "3/3 points").hasLineCount(1);
    }

    @Test
    void anExerciseWithoutResultsSaysSo() {
        assertThat(Progress.line("ex03-parallel-primes", List.of(), Duration.ofSeconds(3), Lang.EN))
                .contains("no graded test recorded a result").endsWith("3 s");
    }
}
