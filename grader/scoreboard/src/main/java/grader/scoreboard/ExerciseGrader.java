package grader.scoreboard;

import grader.Role;
import grader.i18n.Lang;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import grader.scoreboard.TestGrade.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one exercise from the tests its sources declare and the results its test JVMs
 * recorded in this build.
 *
 * <p>Scoring rules: a passed test earns its points; a failed one earns none; a test with no
 * result in this build did not run (compile error, or its test JVM died or hung) and earns
 * none; a speed-up test that could not measure earns its points only if every concurrency
 * proof of the exercise passed.
 */
public final class ExerciseGrader {

    private final Path root;
    private final String build;
    private final Lang lang;

    public ExerciseGrader(Path root, String build, Lang lang) {
        this.root = root;
        this.build = build;
        this.lang = lang;
    }

    public ExerciseGrade grade(ExerciseModule module) throws IOException {
        List<GradedTest> declared = GradedTestScanner.scan(module.testSources());
        int maxPoints = declared.stream().mapToInt(GradedTest::points).sum();
        Map<String, TestRecord> recorded = new LinkedHashMap<>();
        for (TestRecord record : new ResultsFile(module.results()).read(build)) {
            recorded.put(record.testId(), record);
        }
        String title = module.title(lang);
        if (recorded.isEmpty()) {
            Optional<String> compileError = CompileProbe.firstError(module, root);
            ExerciseGrade.Status status = compileError.isPresent()
                    ? ExerciseGrade.Status.DOES_NOT_COMPILE : ExerciseGrade.Status.NOT_RUN;
            String message = compileError
                    .map(error -> lang.pick("does not compile: ", "no compila: ") + error)
                    .orElse(lang.pick("its tests did not run in this build",
                            "sus pruebas no se ejecutaron en esta compilación"));
            List<TestGrade> tests = declared.stream().map(test -> didNotRun(test, message)).toList();
            return new ExerciseGrade(module.id(), title, status, 0, maxPoints, message, tests);
        }
        boolean proofsPassed = proofsPassed(recorded.values());
        List<TestGrade> tests = new ArrayList<>();
        for (GradedTest test : declared) {
            TestRecord record = recorded.get(test.testId());
            tests.add(record == null ? didNotRun(test, lang.pick(
                    "did not finish: its test JVM stopped before this test ended (System.exit, a crash, "
                            + "no memory left, or the time limit of its test class)",
                    "no terminó: su JVM de pruebas se detuvo antes de que acabara esta prueba (System.exit, "
                            + "un fallo, falta de memoria o el límite de tiempo de su clase de pruebas)"))
                    : score(test, record, proofsPassed));
        }
        int points = tests.stream().mapToInt(TestGrade::points).sum();
        return new ExerciseGrade(module.id(), title, ExerciseGrade.Status.GRADED, points, maxPoints, "", tests);
    }

    private TestGrade score(GradedTest test, TestRecord record, boolean proofsPassed) {
        String name = lang.pick(test.nameEn(), test.nameEs());
        if (record.outcome() == Outcome.PASSED) {
            return grade(test, record, name, Status.PASSED, test.points(), "");
        }
        if (record.outcome() == Outcome.ABORTED && record.role() == Role.SPEEDUP) {
            String why = proofsPassed ? "" : " " + lang.pick(
                    "The concurrency proof failed, so these points are lost.",
                    "La prueba de concurrencia falló, así que estos puntos se pierden.");
            return grade(test, record, name, Status.NOT_MEASURED, proofsPassed ? test.points() : 0,
                    record.message() + why);
        }
        return grade(test, record, name, Status.FAILED, 0, record.message());
    }

    private static TestGrade grade(GradedTest test, TestRecord record, String name, Status status, int points,
                                   String message) {
        return new TestGrade(test.testId(), name, status, points, test.points(), message, record.location(),
                record.durationMillis(), record.evidence());
    }

    private TestGrade didNotRun(GradedTest test, String message) {
        return new TestGrade(test.testId(), lang.pick(test.nameEn(), test.nameEs()), Status.DID_NOT_RUN, 0,
                test.points(), message, "", 0, null);
    }

    private static boolean proofsPassed(Iterable<TestRecord> records) {
        boolean anyProof = false;
        for (TestRecord record : records) {
            if (record.role() == Role.CONCURRENCY_PROOF) {
                anyProof = true;
                if (record.outcome() != Outcome.PASSED) {
                    return false;
                }
            }
        }
        return anyProof;
    }
}
