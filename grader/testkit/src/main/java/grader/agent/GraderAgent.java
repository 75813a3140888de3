package grader.agent;

import grader.guard.ThreadGuard;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;

/**
 * The agent's entry point. Its jar's manifest puts the {@code grader.guard} jar on the bootstrap
 * class path, where {@code java.lang.Runtime} and {@code java.lang.Thread} can call it.
 */
public final class GraderAgent {

    private GraderAgent() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        instrumentation.addTransformer(new StudentClassTransformer(), false);
        if (ThreadGuard.class.getClassLoader() != null) {
            warn("the guard jar is not on the bootstrap class path; System.exit and thread guards are off");
            return;
        }
        JdkHooks hooks = new JdkHooks();
        instrumentation.addTransformer(hooks, true);
        try {
            instrumentation.retransformClasses(Runtime.class, Thread.class);
            ThreadGuard.enable();
            if (hooks.hookedThreadExit()) {
                ThreadGuard.reportThreadEnds();
            } else {
                warn("this JDK has no Thread.exit() to hook; calls that do not join their threads go unseen");
            }
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            warn("cannot instrument the JDK (" + e + "); System.exit and thread guards are off");
        }
    }

    static void warn(String message) {
        System.err.println("[grader agent] " + message);
    }
}
