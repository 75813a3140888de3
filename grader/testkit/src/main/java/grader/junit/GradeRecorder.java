package grader.junit;

import static grader.i18n.Messages.localized;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import grader.Graded;
import grader.guard.GraderProperties;
import grader.i18n.Messages;
import grader.record.FailureCause;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records each {@link Graded} test in {@code target/grade/results.jsonl}, the scoreboard's only
 * input besides the sources: a {@link Outcome#STARTED} line when it starts and its result when it
 * ends, so that a test JVM that dies leaves behind which test it died in. Registered as a JUnit
 * Platform listener through {@code META-INF/services}, so every exercise records its results
 * without any setup.
 *
 * <p>It also keeps the test JVM's time limit ({@link JvmTimeLimit}): when it is reached, the
 * running test fails with a thread dump and the tests that did not run yet say why.
 */
public final class GradeRecorder implements TestExecutionListener {

    private final String build = GraderProperties.build();
    private final ResultsFile results = new ResultsFile(GraderProperties.results());
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> evidence = new ConcurrentHashMap<>();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        results.keepOnly(build);
        GraderProperties.testJvmLimit().ifPresent(limit -> JvmTimeLimit.start(limit, () -> recordTimeLimit(limit)));
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        startedAt.put(test.getUniqueId(), System.nanoTime());
        if (graded(test).isPresent()) {
            record(test, Outcome.STARTED, "", "", null);
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        JsonObject observed = evidence.computeIfAbsent(test.getUniqueId(), id -> new JsonObject());
        entry.getKeyValuePairs().forEach((key, json) -> {
            try {
                observed.add(key, JsonParser.parseString(json));
            } catch (JsonSyntaxException notJson) {
                observed.addProperty(key, json);
            }
        });
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (graded(test).isPresent()) {
            finish(test, Outcome.SKIPPED, reason, "", null);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (graded(test).isPresent()) {
            Outcome outcome = outcome(result.getStatus());
            Throwable failure = result.getThrowable().orElse(null);
            finish(test, outcome, FailureMessages.describe(failure), FailureMessages.studentLocation(failure),
                    outcome == Outcome.FAILED && failure != null ? FailureCauses.of(failure) : null);
        }
    }

    /** The JVM is about to be stopped: the running tests failed, and the others did not run. */
    private void recordTimeLimit(Duration limit) {
        List<TestIdentifier> gradedTests = gradedTestsOf(plan);
        String dump = ThreadDump.take(null, Set.of()).text();
        String running = "";
        for (TestIdentifier test : gradedTests) {
            if (startedAt.containsKey(test.getUniqueId()) && !finished.contains(test.getUniqueId())) {
                Graded graded = graded(test).orElseThrow().getAnnotation(Graded.class);
                running = Messages.either(graded.en(), graded.es());
                finish(test, Outcome.FAILED, localized(
                        "the test JVM of this class reached its time limit of %d s while this test ran, and was "
                                + "stopped: does code outside the graded test (a constructor, @BeforeEach, a static "
                                + "initializer) wait or loop forever?%nWhere every thread was:%n%s",
                        "la JVM de pruebas de esta clase llegó a su límite de %d s mientras se ejecutaba esta "
                                + "prueba, y se detuvo: ¿hay código fuera de la prueba calificada (un constructor, "
                                + "@BeforeEach, un inicializador estático) que espera o da vueltas para siempre?%n"
                                + "Dónde estaba cada hilo:%n%s",
                        limit.toSeconds(), dump), "", FailureCause.CHECK);
            }
        }
        String during = running.isEmpty() ? "" : localized(" during «%s»", " durante «%s»", running);
        for (TestIdentifier test : gradedTests) {
            if (!startedAt.containsKey(test.getUniqueId())) {
                finish(test, Outcome.SKIPPED, localized(
                        "did not run: the test JVM of this class reached its time limit of %d s%s",
                        "no se ejecutó: la JVM de pruebas de esta clase llegó a su límite de %d s%s",
                        limit.toSeconds(), during), "", null);
            }
        }
    }

    private static List<TestIdentifier> gradedTestsOf(TestPlan testPlan) {
        if (testPlan == null) {
            return List.of();
        }
        return testPlan.getRoots().stream()
                .flatMap(root -> testPlan.getDescendants(root).stream())
                .filter(test -> graded(test).isPresent())
                .collect(Collectors.toList());
    }

    /** Records how a graded test ended, once: the time limit may have recorded it already. */
    private void finish(TestIdentifier test, Outcome outcome, String message, String location, FailureCause cause) {
        if (finished.add(test.getUniqueId())) {
            record(test, outcome, message, location, cause);
        }
    }

    private void record(TestIdentifier test, Outcome outcome, String message, String location, FailureCause cause) {
        Method method = graded(test).orElseThrow();
        Graded graded = method.getAnnotation(Graded.class);
        Long start = startedAt.get(test.getUniqueId());
        long millis = start == null || outcome == Outcome.STARTED ? 0 : (System.nanoTime() - start) / 1_000_000;
        JsonObject observed = outcome == Outcome.STARTED ? null : evidence.remove(test.getUniqueId());
        results.append(new TestRecord(build, method.getDeclaringClass().getName(), method.getName(),
                graded.en(), graded.es(), graded.points(), graded.role(), outcome,
                message == null ? "" : message, location, millis,
                observed == null ? new JsonObject() : observed, cause));
    }

    private static Optional<Method> graded(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaMethod())
                .filter(method -> method.isAnnotationPresent(Graded.class));
    }

    private static Outcome outcome(TestExecutionResult.Status status) {
        switch (status) {
            case SUCCESSFUL:
                return Outcome.PASSED;
            case ABORTED:
                return Outcome.ABORTED;
            default:
                return Outcome.FAILED;
        }
    }
}
