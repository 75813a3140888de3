package grader.junit;

import static grader.i18n.Messages.localized;

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

    /** The dump of every submission thread, the thread that runs the test ({@code runner}) included. */
    public static String of(Thread runner) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder dump = new StringBuilder();
        long[] deadlocked = mx.findDeadlockedThreads();
        if (deadlocked != null) {
            dump.append(describeCycle(mx.getThreadInfo(deadlocked, true, true)));
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

    private static boolean isSubmissionThread(ThreadInfo info, Thread runner) {
        String name = info.getThreadName();
        if (info.getThreadId() == runner.getId()) {
            return true;
        }
        return !JVM_THREADS.contains(name)
                && !name.startsWith("surefire-")
                && !name.startsWith("junit-")
                && !name.contains("CompilerThread");
    }

    private static String describeCycle(ThreadInfo[] cycle) {
        StringBuilder text = new StringBuilder(localized("DEADLOCK: ", "INTERBLOQUEO: "));
        for (ThreadInfo info : cycle) {
            text.append(localized("\"%s\" waits for %s held by \"%s\"; ",
                    "\"%s\" espera %s, que tiene \"%s\"; ",
                    info.getThreadName(), info.getLockName(), info.getLockOwnerName()));
        }
        return text.append(System.lineSeparator()).toString();
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
