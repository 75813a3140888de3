package grader.probe;

import static grader.i18n.Messages.localized;

import grader.junit.ThreadDump;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * The threads alive at one moment, to tell afterwards which threads the code under test started
 * and left running: a pool never shut down, a worker blocked forever on a queue or a pipe.
 *
 * <pre>{@code
 * LiveThreads before = LiveThreads.now();
 * pipeline.process(input);
 * before.assertNoneLeftRunning("Does every worker stop at the end-of-stream mark?", "...");
 * }</pre>
 */
public final class LiveThreads {

    /** How long a thread that is already on its way out may take to end. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Set<Thread> before;

    private LiveThreads(Set<Thread> before) {
        this.before = before;
    }

    /** The threads alive now. */
    public static LiveThreads now() {
        return new LiveThreads(Thread.getAllStackTraces().keySet());
    }

    /**
     * The threads started since this snapshot that are still alive, after giving each one a
     * moment to end (a pool's worker is still alive for an instant after the pool terminated).
     * Threads of the JVM and of the test harness are not counted.
     */
    public List<Thread> startedSinceAndStillAlive() throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (before.contains(thread) || ThreadDump.isJvmOrHarnessThread(thread.getName())) {
                continue;
            }
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                alive.add(thread);
            }
        }
        return alive;
    }

    /** Fails, saying where each one is, when threads started since this snapshot are still running. */
    public void assertNoneLeftRunning(String hintEn, String hintEs) throws InterruptedException {
        List<Thread> left = startedSinceAndStillAlive();
        if (!left.isEmpty()) {
            throw new AssertionFailedError(localized(
                    "%d thread(s) started by the call are still running after it returned. %s%n%s",
                    "%d hilo(s) arrancados por la llamada siguen en marcha después de que volviera. %s%n%s",
                    left.size(), localized(hintEn, hintEs), ThreadDump.of(left)));
        }
    }
}
