package grader.scoreboard;

import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static grader.scoreboard.Grades.withEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersChartTest {

    private static final String PARALLEL = """
            {"timeline": [
              {"thread": "worker-0", "startMillis": 0.5, "endMillis": 30.25, "items": 1000},
              {"thread": "worker-1", "startMillis": 0.75, "endMillis": 29.0, "items": 1000}]}""";
    private static final String SEQUENTIAL = """
            {"timeline": [
              {"thread": "Thread-0", "startMillis": 0, "endMillis": 400, "items": 10},
              {"thread": "Thread-1", "startMillis": 400, "endMillis": 800, "items": 10}]}""";

    @Test
    void overlappingWorkersAreOverlappingBarsOfAGanttChart() {
        String chart = WorkersChart.render(exerciseWith(PARALLEL), Lang.EN);

        assertThat(chart).isEqualTo("""
                ```mermaid
                gantt
                    title all parts run together (time in ms)
                    dateFormat x
                    axisFormat %S.%L
                    todayMarker off
                    section workers
                    worker-0 · 1000 items :w0, 0, 29750
                    worker-1 · 1000 items :w1, 250, 28500
                ```

                """);
    }

    @Test
    void workersThatRanOneAfterAnotherAreAStaircaseInMilliseconds() {
        String chart = WorkersChart.render(exerciseWith(SEQUENTIAL), Lang.ES);

        assertThat(chart)
                .contains("    title all parts run together (tiempo en s)\n")
                .contains("    section hilos\n")
                .contains("    Thread-0 · 10 elementos :w0, 0, 400\n")
                .contains("    Thread-1 · 10 elementos :w1, 400, 800\n");
    }

    @Test
    void namesCannotBreakTheChartsSyntax() {
        String chart = WorkersChart.gantt("sums: 1; 2 # three\nfour",
                TestEvidence.bars(Grades.withEvidence(passed("a", "a", 1),
                        "{\"timeline\": [{\"thread\": \"pool-1:thread#2;x\", \"startMillis\": 0, \"endMillis\": 0, "
                                + "\"items\": 0}]}").evidence().getAsJsonArray("timeline")), Lang.EN);

        assertThat(chart)
                .contains("    title sums 1 2 three four (time in ms)\n")
                .contains("    pool-1 thread 2 x :w0, 0, 1\n");
    }

    @Test
    void manyWorkersAreCutWithANote() {
        String bars = IntStream.range(0, WorkersChart.MAX_BARS + 3)
                .mapToObj(i -> "{\"thread\": \"w" + i + "\", \"startMillis\": 0, \"endMillis\": 5, \"items\": 1}")
                .collect(Collectors.joining(",", "{\"timeline\": [", "]}"));

        String chart = WorkersChart.render(exerciseWith(bars), Lang.EN);

        assertThat(chart).contains(":w" + (WorkersChart.MAX_BARS - 1) + ",").doesNotContain(":w" + WorkersChart.MAX_BARS + ",")
                .contains("…and 3 more threads.");
    }

    @Test
    void theMeasuredSpeedupIsShownBesideTheCores() {
        String figures = """
                {"speedup": {"verdict": "FASTER", "cores": 4, "sequentialMillis": 400.0, "parallelMillis": 125.0,
                 "speedup": 3.2, "required": 1.9, "calibration": 3.8, "coresBusy": 3.7, "attempts": 1}}""";

        assertThat(WorkersChart.render(exerciseWith(figures), Lang.EN)).isEqualTo(
                "⚡ Measured speed-up: **3.20×** on 4 cores (at least 1.90× needed: a job known to be parallel "
                        + "reached 3.80× on this machine at the same moment).\n\n");
        assertThat(WorkersChart.render(exerciseWith(figures.replace("FASTER", "NOT_FASTER")), Lang.ES))
                .startsWith("🐢 Aceleración medida: **3,20×** con 4 núcleos");
    }

    @Test
    void aSpeedupThatCouldNotBeMeasuredSaysWhy() {
        assertThat(WorkersChart.render(exerciseWith(
                "{\"speedup\": {\"verdict\": \"INCONCLUSIVE\", \"cores\": 1, \"attempts\": 0}}"), Lang.EN))
                .isEqualTo("⏱️ Speed-up not measured: 1 core available.\n\n");
        assertThat(WorkersChart.render(exerciseWith("""
                {"speedup": {"verdict": "INCONCLUSIVE", "cores": 2, "speedup": 1.01, "required": 1.2,
                 "calibration": 1.05, "coresBusy": null, "attempts": 3}}"""), Lang.EN))
                .startsWith("⏱️ Speed-up not measured: **1.01×** on 2 cores, but this machine reached only 1.05×");
    }

    @Test
    void testsWithoutEvidenceDrawNothing() {
        assertThat(WorkersChart.render(graded("ex01-threads", "Threads", passed("a", "a", 1),
                Grades.crashed("b", "b", 1)), Lang.EN)).isEmpty();
    }

    private static ExerciseGrade exerciseWith(String evidence) {
        return graded("ex01-threads", "Threads",
                withEvidence(passed("ex01.T#parallel", "all parts run together", 3), evidence));
    }
}
