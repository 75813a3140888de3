package grader.junit;

import grader.Graded;
import grader.guard.GraderProperties;
import grader.guard.SubmissionError;
import grader.guard.Violations;
import grader.probe.Deadline;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every {@link Graded} test under its deadline, lets it publish {@link Evidence}, and holds
 * it responsible for what the submission did meanwhile:
 * <ul>
 *   <li>a {@code System.exit} or a thread limit the grader blocked ({@link Violations}), in any
 *       thread and even if the submission caught it, fails the test with that as the reason;</li>
 *   <li>threads or processes left running ({@link Leftovers}) are stopped, and fail a test that
 *       passed otherwise. That check runs after the test class's own {@code @AfterEach}
 *       methods, so a pool the test shuts down there is not left running.</li>
 * </ul>
 * With {@code -Dgrader.skipRoles=SPEEDUP} (a comma-separated list of {@link grader.Role}s) the
 * graded tests of those roles do not run: the mutation check leaves out the speed-up tests.
 */
public final class GradingExtension
        implements ExecutionCondition, InvocationInterceptor, BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradingExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Graded> graded = context.getTestMethod().map(method -> method.getAnnotation(Graded.class));
        String skipped = GraderProperties.skipRoles();
        if (graded.isPresent() && Arrays.stream(skipped.split(",")).map(String::strip)
                .anyMatch(role -> role.equals(graded.get().role().name()))) {
            return ConditionEvaluationResult.disabled("-Dgrader.skipRoles=" + skipped);
        }
        return ConditionEvaluationResult.enabled("");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Evidence.bind(context);
        context.getStore(NAMESPACE).put(Leftovers.class, Leftovers.before());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Evidence.unbind();
        Optional<String> leftovers = context.getStore(NAMESPACE).get(Leftovers.class, Leftovers.class).stopAndDescribe();
        if (leftovers.isPresent()) {
            throw new AssertionFailedError(leftovers.get());
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation,
                                    ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        Graded graded = invocationContext.getExecutable().getAnnotation(Graded.class);
        Duration limit = Duration.ofSeconds(graded == null ? Graded.DEFAULT_DEADLINE_SECONDS : graded.deadlineSeconds());
        int mark = Violations.mark();
        Throwable failure = null;
        try {
            Deadline.run(limit, invocation::proceed);
        } catch (Throwable thrown) {
            failure = thrown;
        }
        Optional<SubmissionError> violation = Violations.since(mark).stream().findFirst();
        if (violation.isPresent() && violation.get() != failure) {
            // The root cause, though it happened in another thread, or was caught or wrapped on the way.
            AssertionFailedError verdict = new AssertionFailedError(FailureMessages.describe(violation.get()));
            verdict.setStackTrace(violation.get().getStackTrace());
            if (failure != null) {
                verdict.addSuppressed(failure);
            }
            throw verdict;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
