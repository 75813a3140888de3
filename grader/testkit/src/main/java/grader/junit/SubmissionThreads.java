package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.ThreadGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The threads the submission started since a moment, told apart from the JVM's, the test
 * libraries' and the JDK's shared ones: the one definition behind the check after every graded
 * test ({@link Leftovers}) and the probe a test calls ({@link grader.probe.LiveThreads}).
 *
 * <p>With the grader's agent, they are the threads student code started (see
 * {@link ThreadGuard}), so threads of the test libraries never count, and neither do the JDK's
 * own shared threads (the common pool's workers, virtual thread carriers, the process reaper).
 * Without it (an IDE run) they are the non-daemon threads that appeared.
 */
public final class SubmissionThreads {

    /** How long a thread that is already on its way out may take to end (a pool's worker outlives its pool by an instant). */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Set<Thread> before;

    private SubmissionThreads(Set<Thread> before) {
        this.before = before;
    }

    /** The moment to compare against: the threads alive now. */
    public static SubmissionThreads since() {
        return new SubmissionThreads(Thread.getAllStackTraces().keySet());
    }

    /** The submission's threads started since that moment that are still alive after a moment's grace. */
    public List<Thread> stillAlive() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && isSubmissions(thread) && !endsBy(thread, deadline)) {
                alive.add(thread);
            }
        }
        return alive;
    }

    /** {@code "worker-1" (WAITING at Leaks.java:14)}, naming a pool's idle worker as such. */
    public static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        boolean idlePoolWorker = Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
                        && f.getMethodName().equals("getTask"));
        String pool = idlePoolWorker ? localized(", an idle pool worker", ", un hilo ocioso de un pool") : "";
        return "\"" + thread.getName() + "\" (" + thread.getState() + ThreadDump.at(stack) + pool + ")";
    }

    private static boolean isSubmissions(Thread thread) {
        if (thread == Thread.currentThread() || isSharedByTheJdk(thread)) {
            return false;
        }
        return ThreadGuard.enabled() ? ThreadGuard.startedByStudent(thread) : !thread.isDaemon();
    }

    /**
     * Threads the JDK starts on the submission's behalf and keeps for every later test: its own
     * system threads such as the process reaper, the common pool's workers (parallel streams) and
     * virtual thread carriers.
     */
    private static boolean isSharedByTheJdk(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        String type = thread.getClass().getName();
        return group == null || group.getParent() == null
                || type.equals("jdk.internal.misc.InnocuousThread") || type.equals("jdk.internal.misc.CarrierThread")
                || thread instanceof ForkJoinWorkerThread
                && ((ForkJoinWorkerThread) thread).getPool() == ForkJoinPool.commonPool();
    }

    private static boolean endsBy(Thread thread, long deadline) {
        try {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
