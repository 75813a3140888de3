package grader.junit;

import grader.Graded;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs every {@link Graded} test under its deadline and lets it publish {@link Evidence}.
 */
public final class GradingExtension implements InvocationInterceptor, BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Evidence.bind(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Evidence.unbind();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation,
                                    ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        Graded graded = invocationContext.getExecutable().getAnnotation(Graded.class);
        Duration limit = Duration.ofSeconds(graded == null ? 30 : graded.deadlineSeconds());
        Deadline.run(limit, invocation::proceed);
    }
}
