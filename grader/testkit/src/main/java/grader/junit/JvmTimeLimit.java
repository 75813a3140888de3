package grader.junit;

import java.time.Duration;

/**
 * Ends a test JVM that runs past {@code -Dgrader.testJvmSeconds}: the last resort when something
 * outside a graded test's deadline hangs (a constructor, an {@code @BeforeEach}, a static
 * initializer, a test the student wrote), because Surefire's own fork time-out only dumps the
 * threads of a hung fork and leaves it running (SUREFIRE-1722). Before it halts the JVM it lets
 * the recorder write down what was running, and it destroys the JVM's child processes.
 */
final class JvmTimeLimit {

    /** The exit status of a JVM stopped at its time limit, as {@code timeout(1)} uses. */
    static final int EXIT_STATUS = 124;

    private JvmTimeLimit() {
    }

    static void start(Duration limit, Runnable lastWords) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            try {
                lastWords.run();
            } finally {
                ChildProcessTree.destroyAll();
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
        }, "grader-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
