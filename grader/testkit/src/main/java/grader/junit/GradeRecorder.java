package grader.junit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import grader.Graded;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records each finished {@link Graded} test as one line of {@code target/grade/results.jsonl},
 * the scoreboard's only input besides the sources. Registered as a JUnit Platform listener
 * through {@code META-INF/services}, so every exercise records its results without any setup.
 */
public final class GradeRecorder implements TestExecutionListener {

    private final String build = System.getProperty("grader.build", "local");
    private final ResultsFile results =
            new ResultsFile(Path.of(System.getProperty("grader.results", "target/grade")));
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> evidence = new ConcurrentHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        results.keepOnly(build);
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        startedAt.put(test.getUniqueId(), System.nanoTime());
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
        graded(test).ifPresent(method -> record(test, method, Outcome.SKIPPED, reason, ""));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        graded(test).ifPresent(method -> {
            Throwable failure = result.getThrowable().orElse(null);
            record(test, method, outcome(result.getStatus()),
                    FailureMessages.describe(failure), FailureMessages.studentLocation(failure));
        });
    }

    private void record(TestIdentifier test, Method method, Outcome outcome, String message, String location) {
        Graded graded = method.getAnnotation(Graded.class);
        Long start = startedAt.remove(test.getUniqueId());
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        JsonObject observed = evidence.remove(test.getUniqueId());
        results.append(new TestRecord(build, method.getDeclaringClass().getName(), method.getName(),
                graded.en(), graded.es(), graded.points(), graded.role(), outcome,
                message == null ? "" : message, location, millis,
                observed == null ? new JsonObject() : observed));
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
