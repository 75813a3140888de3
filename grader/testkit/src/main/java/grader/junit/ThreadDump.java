package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.StudentCode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/**
 * Where every thread of the submission is, in words a student can act on: the deadlock cycle if
 * there is one ({@link DeadlockCycle}), the threads blocked on pipes and what each thread waits
 * for ({@link BlockingCalls}), and its stack. This class chooses the threads and formats them.
 *
 * <p>Built from {@link ThreadMXBean#dumpAllThreads} because {@link ThreadInfo#toString()} stops
 * after 8 frames.
 */
public final class ThreadDump {

    private static final int MAX_FRAMES = 12;
    private static final int MAX_CHARS = 12_000;
    private static final Set<String> JVM_THREADS = Set.of(
            "Reference Handler", "Finalizer", "Signal Dispatcher", "Common-Cleaner",
            "Notification Thread", "Attach Listener", "Service Thread", "Monitor Deflation Thread",
            "JFR Recorder Thread", "JFR Periodic Tasks");
    /** The test kit's deadline, whose caller only waits for the thread that runs the test. */
    private static final String DEADLINE = "grader.probe.Deadline";

    private final Thread runner;
    private final Optional<DeadlockCycle> deadlock;

    private ThreadDump(Thread runner, Optional<DeadlockCycle> deadlock) {
        this.runner = runner;
        this.deadlock = deadlock;
    }

    /**
     * Every thread of the submission now, the thread that runs the test ({@code runner}, or null
     * when there is none) included. A deadlock among {@code earlierThreads} alone is an earlier
     * test's and is not named as this one's.
     */
    public static ThreadDump take(Thread runner, Set<Long> earlierThreads) {
        return new ThreadDump(runner, DeadlockCycle.newSince(earlierThreads));
    }

    /** The dump of these threads only: where each one is and what it waits for. */
    public static String of(Collection<Thread> threads) {
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().getThreadInfo(ids, true, true)) {
            if (info != null) { // null: the thread ended meanwhile
                dump.append(describe(info));
            }
        }
        return capped(dump);
    }

    /** The ids of the threads alive now: what {@link #take} compares against. */
    public static Set<Long> threadIds() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).boxed().collect(Collectors.toSet());
    }

    /**
     * One line for the start of a failure: the deadlock cycle if there is a new one, else what
     * the test's thread is doing.
     */
    public String summary() {
        if (deadlock.isPresent()) {
            return deadlock.get().describe();
        }
        ThreadInfo info = runner == null ? null
                : ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {runner.getId()}, true, true)[0];
        if (info == null) {
            return "";
        }
        String waiting = BlockingCalls.waitingFor(info);
        String doing = info.getThreadState() == Thread.State.RUNNABLE && waiting.isEmpty()
                ? localized("still running (a loop that never ends?)", "sigue ejecutándose (¿un bucle sin fin?)")
                : waiting.isEmpty() ? info.getThreadState().toString() : waiting;
        return "\"" + info.getThreadName() + "\" " + doing;
    }

    /** The whole dump: the deadlock, the threads blocked on pipes, then each thread and its stack. */
    public String text() {
        StringBuilder dump = new StringBuilder();
        deadlock.ifPresent(cycle -> dump.append(cycle.describe()).append(System.lineSeparator()));
        long self = Thread.currentThread().getId();
        List<ThreadInfo> threads = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .filter(info -> info.getThreadId() != self)
                .filter(info -> runner != null && info.getThreadId() == runner.getId()
                        || !isJvmOrHarnessThread(info.getThreadName()) && !isAwaitingADeadline(info))
                .collect(Collectors.toList());
        dump.append(BlockingCalls.blockedOnPipes(threads));
        threads.forEach(info -> dump.append(describe(info)));
        return capped(dump);
    }

    /** {@code " at Spinner.java:12"}: the innermost line of student code in the stack, or empty. */
    static String at(StackTraceElement[] stack) {
        return StudentCode.firstFrame(stack)
                .map(frame -> localized(" at %s:%d", " en %s:%d", frame.getFileName(), frame.getLineNumber()))
                .orElse("");
    }

    /** Threads of the JVM itself or of the test harness, never of the code under test. */
    static boolean isJvmOrHarnessThread(String name) {
        return JVM_THREADS.contains(name)
                || name.startsWith("process reaper") // "process reaper (pid 42)" on recent JDKs
                || name.startsWith("surefire-")
                || name.startsWith("junit-")
                || name.startsWith("grader-")
                || name.contains("CompilerThread");
    }

    /** A thread that only waits for a deadline's runner: the test harness, e.g. around a nested deadline. */
    private static boolean isAwaitingADeadline(ThreadInfo info) {
        StackTraceElement[] frames = info.getStackTrace();
        for (int i = 1; i < frames.length; i++) {
            if (frames[i].getClassName().equals(DEADLINE) && frames[i].getMethodName().equals("run")
                    && frames[i - 1].getClassName().equals(FutureTask.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ThreadInfo info) {
        StringBuilder text = new StringBuilder();
        text.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
        String waiting = BlockingCalls.waitingFor(info);
        if (!waiting.isEmpty()) {
            text.append(" — ").append(waiting);
        }
        text.append(System.lineSeparator());
        StackTraceElement[] frames = info.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            text.append("    at ").append(frames[i]).append(System.lineSeparator());
        }
        if (frames.length > MAX_FRAMES) {
            text.append("    … ").append(frames.length - MAX_FRAMES).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String capped(StringBuilder dump) {
        return dump.length() > MAX_CHARS ? dump.substring(0, MAX_CHARS) + "\n…" : dump.toString();
    }
}
