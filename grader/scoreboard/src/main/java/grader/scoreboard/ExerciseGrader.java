package grader.scoreboard;

import grader.i18n.Lang;
import grader.record.FailureCause;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.Scoring;
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
 * Scores one exercise from the tests it is graded on and the results its test JVMs recorded in
 * this build.
 *
 * <p>Scoring rules: a passed test earns its points; a failed one earns none; a test with no
 * result in this build did not run (compile error, or its test JVM died or hung) and earns
 * none; a speed-up test that could not measure earns its points only if every concurrency
 * proof of the exercise passed.
 *
 * <p>What the submission may have done to the grading is checked here too, from the sources:
 * with the course's {@link TestManifest}, the tests of a changed or deleted test file do not
 * count and graded tests the student added are ignored; and no result of an exercise counts
 * while its {@code src/main} holds a class that could take the grader's place
 * ({@link ForeignClasses}). Paths that lead out of the exercise are pointed out
 * ({@link OutsideReads}).
 */
public final class ExerciseGrader {

    private final Path root;
    private final String build;
    private final Lang lang;
    private final Optional<TestManifest> manifest;

    public ExerciseGrader(Path root, String build, Lang lang) throws IOException {
        this.root = root;
        this.build = build;
        this.lang = lang;
        this.manifest = TestManifest.read(root);
    }

    /** The course's test manifest, when the course has one. */
    public Optional<TestManifest> manifest() {
        return manifest;
    }

    public ExerciseGrade grade(ExerciseModule module) throws IOException {
        List<GradedTest> scanned = GradedTestScanner.scan(module.testSources());
        Optional<TestManifest.Exercise> handedOut = manifest.flatMap(m -> m.exercise(module.id()));
        TestFiles testFiles = handedOut.isPresent()
                ? handedOut.get().verify(root, scanned, lang) : TestFiles.asScanned(scanned);
        ExerciseGrade results = gradeResults(module, testFiles.declared());
        List<String> foreign = ForeignClasses.find(module, root, lang);

        List<String> notes = new ArrayList<>();
        if (!results.message().isEmpty()) {
            notes.add(results.message());
        }
        if (!foreign.isEmpty()) {
            notes.add(lang.pick("None of this exercise's results count: its code could take the grader's place. ",
                    "Ningún resultado de este ejercicio cuenta: su código podría ocupar el lugar del calificador. ")
                    + String.join("; ", foreign) + lang.pick(". Move it to the exercise's own package.",
                    ". Muévelo al paquete del propio ejercicio."));
        }
        if (!testFiles.added().isEmpty()) {
            notes.add(lang.pick("Graded tests that are not part of the course are ignored: ",
                    "Se ignoran las pruebas calificadas que no son del curso: ")
                    + String.join(", ", testFiles.added().stream().map(GradedTest::testId).toList()));
        }
        notes.addAll(OutsideReads.find(module, lang));

        List<TestGrade> tests = new ArrayList<>();
        for (TestGrade test : results.tests()) {
            String voided = foreign.isEmpty() ? testFiles.voided().get(test.id())
                    : lang.pick("its exercise has code that could take the grader's place",
                    "su ejercicio tiene código que podría ocupar el lugar del calificador");
            tests.add(voided == null ? test : new TestGrade(test.id(), test.name(), Status.VOIDED, 0, test.maxPoints(),
                    voided, "", test.durationMillis(), test.evidence(), null));
        }
        int points = tests.stream().mapToInt(TestGrade::points).sum();
        return new ExerciseGrade(results.id(), results.title(), results.status(), points, results.maxPoints(),
                String.join("\n", notes), tests);
    }

    /** The grade from this build's recorded results alone. */
    private ExerciseGrade gradeResults(ExerciseModule module, List<GradedTest> declared) throws IOException {
        int maxPoints = declared.stream().mapToInt(GradedTest::points).sum();
        Map<String, TestRecord> recorded = new LinkedHashMap<>();
        for (TestRecord record : new ResultsFile(module.results()).latest(build)) {
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
        boolean proofsPassed = Scoring.proofsPassed(recorded.values());
        List<TestGrade> tests = new ArrayList<>();
        for (GradedTest test : declared) {
            TestRecord record = recorded.get(test.testId());
            tests.add(record == null ? didNotRun(test, whyNotRun(test, recorded))
                    : record.outcome() == Outcome.STARTED ? died(test, record, module)
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
        if (Scoring.notMeasured(record)) {
            boolean earns = Scoring.earns(record, proofsPassed);
            String why = earns ? "" : " " + lang.pick(
                    "The concurrency proof failed, so these points are lost.",
                    "La prueba de concurrencia falló, así que estos puntos se pierden.");
            return grade(test, record, name, Status.NOT_MEASURED, earns ? test.points() : 0,
                    record.message() + why);
        }
        if (record.outcome() == Outcome.SKIPPED) {
            return grade(test, record, name, Status.DID_NOT_RUN, 0, record.message());
        }
        return grade(test, record, name, Status.FAILED, 0, record.message());
    }

    /** The test's JVM ended while it ran: it gets the blame, and the reason. */
    private TestGrade died(GradedTest test, TestRecord started, ExerciseModule module) throws IOException {
        return new TestGrade(test.testId(), lang.pick(test.nameEn(), test.nameEs()), Status.FAILED, 0, test.points(),
                JvmDeath.whileRunning(module, lang), started.location(), started.durationMillis(), started.evidence(),
                FailureCause.CODE);
    }

    /** Why a test has no result: its class's JVM ended during another test, or it did not run at all. */
    private String whyNotRun(GradedTest test, Map<String, TestRecord> recorded) {
        return recorded.values().stream()
                .filter(record -> record.outcome() == Outcome.STARTED && record.testClass().equals(test.testClass()))
                .findFirst()
                .map(record -> JvmDeath.before(lang.pick(record.nameEn(), record.nameEs()), lang))
                .orElse(lang.pick(
                        "did not finish: its test JVM stopped before this test ended (System.exit, a crash, "
                                + "no memory left, or the time limit of its test class)",
                        "no terminó: su JVM de pruebas se detuvo antes de que acabara esta prueba (System.exit, "
                                + "un fallo, falta de memoria o el límite de tiempo de su clase de pruebas)"));
    }

    private static TestGrade grade(GradedTest test, TestRecord record, String name, Status status, int points,
                                   String message) {
        return new TestGrade(test.testId(), name, status, points, test.points(), message, record.location(),
                record.durationMillis(), record.evidence(), status == Status.FAILED ? record.cause() : null);
    }

    private TestGrade didNotRun(GradedTest test, String message) {
        return new TestGrade(test.testId(), lang.pick(test.nameEn(), test.nameEs()), Status.DID_NOT_RUN, 0,
                test.points(), message, "", 0, null, null);
    }
}
