package grader.probe;

import static grader.i18n.Messages.localized;

import grader.guard.GraderProperties;
import grader.guard.RunawayThreads;
import grader.junit.FailureMessages;
import grader.junit.ThreadDump;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * Runs code that may hang (an infinite loop, a deadlock, a lost wake-up, a blocked pipe) and
 * fails with a thread dump when it does not finish in time.
 *
 * <p>The code runs on a daemon thread, so a thread that ignores the interrupt cannot keep the
 * test JVM alive; the dump is taken before the interrupt, while the threads are still stuck.
 * The failure's first line says what the code was stuck on, and its stack trace is the stuck
 * thread's, so reports point at the student's line. The thread is then stopped
 * ({@link RunawayThreads}): a loop that ignores interrupts does not go on burning a core while
 * the next tests run.
 *
 * <p>{@code -Dgrader.maxDeadlineSeconds=N} shortens every deadline to at most {@code N} seconds.
 * The mutation check sets it, so that a mutant that hangs costs a few seconds, not the deadline
 * a slow grading machine needs.
 */
public final class Deadline {

    /** Code under a deadline; it may throw anything, which then reaches the caller unchanged. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws Throwable;
    }

    private Deadline() {
    }

    /** Runs {@code body} and returns what it returned, or fails when it does not finish in time. */
    public static <T> T run(Duration deadline, Body<T> body) throws Throwable {
        Duration limit = atMostTheLongestAllowed(deadline);
        Throwable[] failure = new Throwable[1]; // written by the runner before the task completes
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return body.run();
            } catch (Throwable t) {
                failure[0] = t;
                return null;
            }
        });
        Set<Long> earlierThreads = ThreadDump.threadIds();
        Thread runner = new Thread(task, "graded-test");
        runner.setDaemon(true);
        runner.start();
        T value;
        try {
            value = task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            StackTraceElement[] stuckAt = runner.getStackTrace();
            ThreadDump stuck = ThreadDump.take(runner, earlierThreads);
            String summary = stuck.summary();
            String dump = stuck.text();
            RunawayThreads.stop(runner);
            AssertionFailedError timeout = new AssertionFailedError(localized(
                    "did not finish within %d s: %s%nIs a thread waiting forever (deadlock, lost wake-up, a full pipe "
                            + "or queue) or looping? Where every thread was:%n%s",
                    "no terminó en %d s: %s%n¿Hay un hilo esperando para siempre (interbloqueo, aviso perdido, "
                            + "tubería o cola llena) o en un bucle sin fin? Dónde estaba cada hilo:%n%s",
                    limit.toSeconds(), summary, dump));
            timeout.setStackTrace(stuckAt);
            throw timeout;
        }
        if (failure[0] instanceof OutOfMemoryError) {
            // JUnit aborts the whole run on an OutOfMemoryError; the submission's costs one test.
            throw new AssertionFailedError(FailureMessages.describe(failure[0]), failure[0]);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return value;
    }

    /** {@code deadline}, shortened to {@code -Dgrader.maxDeadlineSeconds} when that is shorter. */
    static Duration atMostTheLongestAllowed(Duration deadline) {
        return GraderProperties.maxDeadline().filter(longest -> longest.compareTo(deadline) < 0).orElse(deadline);
    }
}
