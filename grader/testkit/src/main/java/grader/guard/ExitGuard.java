package grader.guard;

/**
 * Keeps the submission from ending the JVM that grades it. The agent makes
 * {@code Runtime.exit(int)} and {@code Runtime.halt(int)} (and so {@code System.exit}) call
 * {@link #check} first: a call with student code on the stack, direct, through reflection or
 * from any thread, throws {@link ExitBlockedError} there instead. Surefire's own exit at the end
 * of the tests has no student code on its stack and goes through.
 */
public final class ExitGuard {

    private ExitGuard() {
    }

    /**
     * Called first thing in {@code Runtime.exit} ({@code method} "exit") and
     * {@code Runtime.halt} ("halt").
     */
    public static void check(int status, String method) {
        if (StudentCode.onStack()) {
            throw Violations.record(new ExitBlockedError(call(status, method)));
        }
    }

    private static String call(int status, String method) {
        boolean viaSystem = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().equals("java.lang.System") && frame.getMethodName().equals("exit")));
        return (viaSystem ? "System.exit(" : "Runtime.getRuntime()." + method + "(") + status + ")";
    }
}
