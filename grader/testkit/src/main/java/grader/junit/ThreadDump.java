package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.StudentCode;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/**
 * Where every thread of the submission is, in words a student can act on: the deadlock cycle if
 * there is one, the threads blocked on pipes, what each thread waits for (a lock, a queue, a pipe
 * it reads or writes), and its stack.
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
            "JFR Recorder Thread", "JFR Periodic Tasks");

    private enum Pipe { WRITING, READING, NONE }

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
        List<ThreadInfo> threads = Arrays.stream(mx.dumpAllThreads(true, true))
                .filter(info -> info.getThreadId() != self)
                .filter(info -> runner != null && info.getThreadId() == runner.getId()
                        || !isJvmOrHarnessThread(info.getThreadName()) && !isAwaitingADeadline(info))
                .collect(Collectors.toList());
        dump.append(describePipes(threads));
        threads.forEach(info -> dump.append(describe(info)));
        return capped(dump);
    }

    /** The dump of these threads only: where each one is and what it waits for. */
    public static String of(Collection<Thread> threads) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : mx.getThreadInfo(ids, true, true)) {
            if (info != null) { // null: the thread ended meanwhile
                dump.append(describe(info));
            }
        }
        return capped(dump);
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

    /** Threads of the JVM itself or of the test harness, never of the code under test. */
    public static boolean isJvmOrHarnessThread(String name) {
        return JVM_THREADS.contains(name)
                || name.startsWith("process reaper") // "process reaper (pid 42)" on recent JDKs
                || name.startsWith("surefire-")
                || name.startsWith("junit-")
                || name.startsWith("grader-")
                || name.contains("CompilerThread");
    }

    /** A thread that only waits for a {@link Deadline}'s runner: the test harness, e.g. around a nested deadline. */
    private static boolean isAwaitingADeadline(ThreadInfo info) {
        StackTraceElement[] frames = info.getStackTrace();
        for (int i = 1; i < frames.length; i++) {
            if (frames[i].getClassName().equals(Deadline.class.getName()) && frames[i].getMethodName().equals("run")
                    && frames[i - 1].getClassName().equals(FutureTask.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static String describeCycle(ThreadInfo[] cycle) {
        return localized("DEADLOCK: ", "INTERBLOQUEO: ") + Arrays.stream(cycle)
                .map(info -> localized("\"%s\"%s waits for %s held by \"%s\"",
                        "\"%s\"%s espera %s, que tiene \"%s\"",
                        info.getThreadName(), at(info), info.getLockName(), info.getLockOwnerName()))
                .collect(Collectors.joining("; "));
    }

    /**
     * Names the threads blocked on pipes, which no deadlock detector reports: they are RUNNABLE
     * and hold no lock that the others wait for. A writer blocks while nobody reads the other end
     * (in this process or in another one); a reader while nothing arrives and nobody closes it.
     */
    private static String describePipes(List<ThreadInfo> threads) {
        List<String> writing = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        for (ThreadInfo info : threads) {
            Pipe pipe = pipeOf(topFrames(info));
            if (pipe == Pipe.WRITING) {
                writing.add('"' + info.getThreadName() + '"');
            } else if (pipe == Pipe.READING) {
                reading.add('"' + info.getThreadName() + '"');
            }
        }
        if (writing.isEmpty() && reading.isEmpty()) {
            return "";
        }
        return localized("BLOCKED ON PIPES: writing: %s; reading: %s. A pipe holds little data: a writer waits "
                        + "until someone reads the other end, a reader until data arrives or the writer closes it.%n",
                "BLOQUEADOS EN TUBERÍAS: escribiendo: %s; leyendo: %s. Una tubería guarda pocos datos: quien "
                        + "escribe espera a que alguien lea el otro extremo, quien lee a que lleguen datos o a que "
                        + "quien escribe la cierre.%n",
                namesOrNone(writing), namesOrNone(reading));
    }

    private static String namesOrNone(List<String> names) {
        return names.isEmpty() ? localized("none", "ninguno") : String.join(", ", names);
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
        String frames = topFrames(info);
        Pipe pipe = pipeOf(frames);
        if (pipe == Pipe.WRITING) {
            return localized("blocked WRITING to a pipe: nobody is reading the other end",
                    "bloqueado ESCRIBIENDO en una tubería: nadie lee el otro extremo");
        }
        if (pipe == Pipe.READING) {
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

    /** The top frames as {@code Class.method} words: where a blocking call shows. */
    private static String topFrames(ThreadInfo info) {
        return Arrays.stream(info.getStackTrace()).limit(8)
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .collect(Collectors.joining(" "));
    }

    private static Pipe pipeOf(String topFrames) {
        if (topFrames.contains("FileOutputStream.write") || topFrames.contains("PipedOutputStream.write")
                || topFrames.contains("PipedInputStream.awaitSpace") || topFrames.contains("SinkChannelImpl.write")) {
            return Pipe.WRITING;
        }
        if (topFrames.contains("FileInputStream.read") || topFrames.contains("PipedInputStream.read")
                || topFrames.contains("SourceChannelImpl.read")) {
            return Pipe.READING;
        }
        return Pipe.NONE;
    }

    private static String capped(StringBuilder dump) {
        return dump.length() > MAX_CHARS ? dump.substring(0, MAX_CHARS) + "\n…" : dump.toString();
    }
}
