package grader.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Knows which threads the submission started, and keeps it from starting threads without
 * bound. The agent makes {@code Thread.start()} call {@link #beforeStart} first, so this sees
 * every platform thread: those started by student code directly and those a pool starts
 * because student code submitted work.
 *
 * <p>A start with student code on the stack is remembered (the thread leak check looks only at
 * those) and refused with {@link ThreadLimitError} while {@code -Dgrader.maxThreads} (default
 * 1000) threads are alive: far more than any exercise needs, and few enough that runaway thread
 * creation ends in a clear failure of its test instead of exhausting the machine. Threads the
 * grader or the test libraries start are never refused.
 */
public final class ThreadGuard {

    /** Null until the agent enables the guard: nothing is tracked without it. */
    private static volatile ThreadMXBean threads;

    private static final Map<Thread, Boolean> STARTED_BY_STUDENT = Collections.synchronizedMap(new WeakHashMap<>());

    /** Run by every ending thread, or null: see {@link #beforeExit}. */
    private static volatile Consumer<Thread> exitHook;
    /** Set by the agent once every ending platform thread calls {@link #beforeExit}. */
    private static volatile boolean threadEndsReported;

    private ThreadGuard() {
    }

    /** Called by the agent once {@code Thread.start()} calls {@link #beforeStart}. */
    public static void enable() {
        threads = ManagementFactory.getThreadMXBean();
    }

    /** Whether {@link #startedByStudent} knows the answer (the agent is running). */
    public static boolean enabled() {
        return threads != null;
    }

    /** Called first thing in {@code Thread.start()}. */
    public static void beforeStart(Thread thread) {
        ThreadMXBean live = threads;
        if (live == null || !StudentCode.onStack()) {
            return;
        }
        int limit = GraderProperties.maxThreads();
        if (live.getThreadCount() >= limit) {
            throw Violations.record(new ThreadLimitError(limit));
        }
        STARTED_BY_STUDENT.put(thread, Boolean.TRUE);
    }

    /**
     * Called first thing in {@code Thread.exit()}, by every platform thread as it ends: runs the
     * hook that the test kit set ({@link #atExit}), which may hold the thread there a while. A
     * failure of the hook never keeps a thread from ending.
     */
    public static void beforeExit(Thread thread) {
        Consumer<Thread> hook = exitHook;
        if (hook != null) {
            try {
                hook.accept(thread);
            } catch (Throwable ignored) {
                // the thread ends all the same
            }
        }
    }

    /** Called by the agent once {@code Thread.exit()} calls {@link #beforeExit}. */
    public static void reportThreadEnds() {
        threadEndsReported = true;
    }

    /**
     * Whether every ending platform thread calls {@link #beforeExit}: false without the agent, or
     * on a JDK whose {@code Thread} has no {@code exit()} method to hook.
     */
    public static boolean threadEndsReported() {
        return threadEndsReported;
    }

    /** What every thread runs as it ends, with the agent: {@code grader.probe.Awaited} holds its workers there. */
    public static void atExit(Consumer<Thread> hook) {
        exitHook = hook;
    }

    /** Whether student code started {@code thread} (false for every thread when not {@link #enabled}). */
    public static boolean startedByStudent(Thread thread) {
        return STARTED_BY_STUDENT.containsKey(thread);
    }
}
