package grader.guard;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops the submission's threads that outlive their test, even those that ignore interrupts.
 *
 * <p>Java cannot kill a thread ({@code Thread.stop} is gone), and a loop that ignores
 * interrupts would burn a core for every later test of its JVM. So the agent puts a call to
 * {@link #check} before every backward jump (every loop iteration) of the student's classes,
 * and a thread the grader {@link #stop}s throws {@link StoppedThreadError} at its next
 * iteration. The check is one volatile read while no thread is stopped.
 *
 * <p>What it cannot stop: a thread blocked forever where an interrupt does not reach
 * (a {@code synchronized} deadlock), which costs no CPU; and a loop that catches the error and
 * goes on, which ends with its JVM.
 */
public final class RunawayThreads {

    private static final Set<Thread> STOPPED = ConcurrentHashMap.newKeySet();

    /** Whether any thread is stopped: the fast path of {@link #check}. */
    private static volatile boolean anyStopped;

    private RunawayThreads() {
    }

    /** Called at every loop iteration of student code. */
    public static void check() {
        if (anyStopped && STOPPED.contains(Thread.currentThread())) {
            throw new StoppedThreadError();
        }
    }

    /** Interrupts {@code thread} and ends it at its next loop iteration in student code. */
    public static void stop(Thread thread) {
        STOPPED.removeIf(stopped -> !stopped.isAlive());
        STOPPED.add(thread);
        anyStopped = true;
        thread.interrupt();
    }
}
