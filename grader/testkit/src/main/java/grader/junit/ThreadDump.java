package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.StudentCode;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where every thread of the submission is, in words a student can act on: the deadlock cycle if
 * there is one, what each thread waits for (a lock, a queue, a pipe it reads or writes), and its
 * stack.
 *
 * <p>Built from {@link ThreadMXBean#dumpAllThreads} because {@link ThreadInfo#toString()} stops
 * after 8 frames. Threads blocked in pipe I/O are RUNNABLE and in no deadlock cycle, so they are
 * recognised by the frames they are in.
 */
public final class ThreadDump {

    private static final int MAX_FRAMES = 12;
    private static final int MAX_CHARS = 12_000;
    private static final Set<String> JVM_THREADS = Set.of(
            "Reference Handler", "Finalizer", "Signal Dispatcher", "Common-Cleaner",
            "Notification Thread", "Attach Listener", "Service Thread", "Monitor Deflation Thread",
            "process reaper", "JFR Recorder Thread", "JFR Periodic Tasks");

    private ThreadDump() {
    }

    /**
     * The dump of every submission thread, the thread that runs the test ({@code runner}, or
     * null when there is none) included. A deadlock among {@code earlierThreads} alone is an
     * earlier test's and is not named as this one's.
     */
    public static String of(Thread runner, Set<Long> earlierThreads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder dump = new StringBuilder();
        ThreadInfo[] cycle = newDeadlock(mx, earlierThreads);
        if (cycle != null) {
            dump.append(describeCycle(cycle)).append(System.lineSeparator());
        }
        long self = Thread.currentThread().getId();
        for (ThreadInfo info : mx.dumpAllThreads(true, true)) {
            if (info.getThreadId() != self && isSubmissionThread(info, runner)) {
                dump.append(describe(info));
            }
        }
        return dump.length() > MAX_CHARS
                ? dump.substring(0, MAX_CHARS) + "\n…" : dump.toString();
    }

    /**
     * One line for the start of a failure: the deadlock cycle if there is a new one, else what
     * the test's thread ({@code runner}) is doing.
     */
    public static String summary(Thread runner, Set<Long> earlierThreads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ThreadInfo[] cycle = newDeadlock(mx, earlierThreads);
        if (cycle != null) {
            return describeCycle(cycle);
        }
        ThreadInfo info = mx.getThreadInfo(new long[] {runner.getId()}, true, true)[0];
        if (info == null) {
            return "";
        }
        String waiting = waitingFor(info);
        String doing = info.getThreadState() == Thread.State.RUNNABLE && waiting.isEmpty()
                ? localized("still running (a loop that never ends?)", "sigue ejecutándose (¿un bucle sin fin?)")
                : waiting.isEmpty() ? info.getThreadState().toString() : waiting;
        return "\"" + info.getThreadName() + "\" " + doing;
    }

    /** The ids of the threads alive now: what {@link #of} and {@link #summary} compare against. */
    public static Set<Long> threadIds() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).boxed().collect(Collectors.toSet());
    }

    /** The threads of a deadlock with at least one thread not in {@code earlierThreads}, or null. */
    private static ThreadInfo[] newDeadlock(ThreadMXBean mx, Set<Long> earlierThreads) {
        long[] deadlocked = mx.findDeadlockedThreads();
        if (deadlocked == null || Arrays.stream(deadlocked).allMatch(earlierThreads::contains)) {
            return null;
        }
        return mx.getThreadInfo(deadlocked, true, true);
    }

    /** {@code " at Spinner.java:12"}: the innermost line of student code in the thread's stack, or empty. */
    private static String at(ThreadInfo info) {
        return Arrays.stream(info.getStackTrace())
                .filter(frame -> StudentCode.isStudentClass(frame.getClassName()))
                .findFirst()
                .map(frame -> localized(" at %s:%d", " en %s:%d", frame.getFileName(), frame.getLineNumber()))
                .orElse("");
    }

    private static boolean isSubmissionThread(ThreadInfo info, Thread runner) {
        String name = info.getThreadName();
        if (runner != null && info.getThreadId() == runner.getId()) {
            return true;
        }
        return !JVM_THREADS.contains(name)
                && !name.startsWith("surefire-")
                && !name.startsWith("junit-")
                && !name.startsWith("grader-")
                && !name.contains("CompilerThread");
    }

    private static String describeCycle(ThreadInfo[] cycle) {
        return localized("DEADLOCK: ", "INTERBLOQUEO: ") + Arrays.stream(cycle)
                .map(info -> localized("\"%s\"%s waits for %s held by \"%s\"",
                        "\"%s\"%s espera %s, que tiene \"%s\"",
                        info.getThreadName(), at(info), info.getLockName(), info.getLockOwnerName()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(ThreadInfo info) {
        StringBuilder text = new StringBuilder();
        text.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
        String waiting = waitingFor(info);
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

    /** What the thread is waiting for, recognised from its state, its lock and its top frames. */
    static String waitingFor(ThreadInfo info) {
        String frames = Arrays.stream(info.getStackTrace()).limit(8)
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .collect(Collectors.joining(" "));
        if (frames.contains("FileOutputStream.write") || frames.contains("PipedOutputStream.write")
                || frames.contains("PipedInputStream.awaitSpace") || frames.contains("SinkChannelImpl.write")) {
            return localized("blocked WRITING to a pipe: nobody is reading the other end",
                    "bloqueado ESCRIBIENDO en una tubería: nadie lee el otro extremo");
        }
        if (frames.contains("FileInputStream.read") || frames.contains("PipedInputStream.read")
                || frames.contains("SourceChannelImpl.read")) {
            return localized("blocked READING from a pipe: nothing arrives and the writer never closed it",
                    "bloqueado LEYENDO de una tubería: no llega nada y quien escribe nunca la cerró");
        }
        if (frames.contains("BlockingQueue.take") || frames.contains("BlockingQueue.poll")) {
            return localized("waiting to TAKE from an empty queue", "esperando SACAR de una cola vacía");
        }
        if (frames.contains("BlockingQueue.put") || frames.contains("BlockingQueue.offer")) {
            return localized("waiting to PUT into a full queue", "esperando PONER en una cola llena");
        }
        LockInfo lock = info.getLockInfo();
        if (lock != null && info.getLockOwnerName() != null) {
            return localized("waiting for %s held by \"%s\"", "esperando %s, que tiene \"%s\"",
                    lock, info.getLockOwnerName());
        }
        if (lock != null) {
            return localized("waiting on %s", "esperando en %s", lock);
        }
        return "";
    }
}
