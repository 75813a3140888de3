package grader.probe;

import static grader.i18n.Messages.localized;

import grader.guard.StudentCode;
import grader.guard.ThreadGuard;
import grader.junit.ChildProcessTree;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Proves that a call waits for the work it hands to other threads, or to child processes, before
 * it returns: a call that returns early is caught every time, whatever it sleeps first.
 *
 * <pre>{@code
 * Awaited awaited = Awaited.byThisThread();
 * long sum = ParallelSum.sum(0, 100, 4, awaited.around(i -> i));
 * awaited.assertWaitedFor("Is every thread joined?", "¿Se hace join() de cada hilo?");
 * }</pre>
 *
 * <p>Threads. The first time each thread runs the test's work ({@link #around}, {@link #arrive}),
 * it is held until the calling thread blocks waiting inside the submission: in {@code join()},
 * {@code Future.get()}, {@code awaitTermination()}, a queue's {@code take()}, and so on. Sleeping
 * is not waiting, so a thread stays held while the caller sleeps. A call that returns without
 * waiting therefore returns while its threads are held, before any of them did anything, and
 * {@link #assertWaitedFor}, called right after the call, says so. From then on the work holds
 * every thread that comes to it, so nothing changes the results while the test reads them. The
 * caller's own thread, when it does part of the work, is never held.
 *
 * <p>Child processes. A child that runs through {@link HeldChild} is held until the caller blocks
 * waiting in the same way: one the test starts ({@link #held}) before it exits, once its standard
 * output is closed; one the submission starts with a main class of its own
 * ({@link #holdingChildrenOf}) before it starts. A call that returns without {@code waitFor()}
 * returns while its children are alive.
 *
 * <p>With the grader's agent, a thread of the call's own making (not one that runs the work as a
 * pool's or a future's task) is held once more as it ends ({@code Thread.exit()}), until the
 * caller blocks in {@code join()}, so a call that does not join it returns while it is alive, even
 * when the work itself was done. Without the agent, or on a JDK without {@code Thread.exit()},
 * threads are not held as they end and their end is not judged.
 *
 * <p>No clock decides anything: a held thread or child is let go only by the caller's waiting, by
 * an interrupt, or after a patience far longer than any correct call needs to start blocking, and
 * then the verdict says that the caller never waited.
 */
public final class Awaited {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long FIRST_PAUSE_NANOS = 20_000;
    private static final long LONGEST_PAUSE_NANOS = 2_000_000;

    /** The threads each probe holds as they end, until its caller waits for them (with the agent). */
    private static final Map<Thread, Awaited> HELD_AT_EXIT = new ConcurrentHashMap<>();

    static {
        ThreadGuard.atExit(thread -> {
            Awaited probe = HELD_AT_EXIT.remove(thread);
            if (probe != null) {
                probe.holdAtExit(thread);
            }
        });
    }

    private final Thread caller;
    private final Duration patience;
    /** Whether threads of the call's own making are held as they end (see the class comment). */
    private final boolean holdsAtExit;
    private final Set<Thread> passed = ConcurrentHashMap.newKeySet();
    /** The threads of the call's own making (no pool's) that ran the work: held as they end. */
    private final Set<Thread> ownThreads = ConcurrentHashMap.newKeySet();
    private volatile boolean returned;
    /** Set by a verdict that failed: the results no longer matter, so the held threads may go on. */
    private volatile boolean released;
    /** Set once the verdict has looked at which threads are still alive: they may end now. */
    private volatile boolean judged;

    /**
     * Guarded by this: threads held now; whether a thread's patience ran out before the caller
     * waited, and where the caller was busy then; where the caller slept, when it did.
     */
    private int held;
    private boolean expired;
    private String callerSlept = "";
    private String callerBusy = "";
    /**
     * Guarded by this: the file whose existence lets held children exit, once the caller waits,
     * and the child processes that were alive before (both null while no child is held).
     */
    private Path childGate;
    private Set<Long> childrenBefore;

    private Awaited(Thread caller, Duration patience, boolean holdsAtExit) {
        this.caller = caller;
        this.patience = patience;
        this.holdsAtExit = holdsAtExit;
    }

    /**
     * A probe for the call that the current thread is about to make. It holds threads as they
     * end only where the agent made every ending thread report it: elsewhere whether an unjoined
     * thread is still alive after the call would be up to the scheduler.
     */
    public static Awaited byThisThread() {
        return new Awaited(Thread.currentThread(), PATIENCE, ThreadGuard.threadEndsReported());
    }

    /** The same, with another patience: for the test kit's own tests. */
    static Awaited byThisThread(Duration patience) {
        return new Awaited(Thread.currentThread(), patience, ThreadGuard.threadEndsReported());
    }

    /** A probe that holds threads as they end, as with the agent: for the test kit's own tests, which call {@link ThreadGuard#beforeExit}. */
    static Awaited holdingThreadsAtTheirEnd() {
        return new Awaited(Thread.currentThread(), PATIENCE, true);
    }

    /** The work, made to hold each thread the first time it runs it (see the class comment). */
    public LongUnaryOperator around(LongUnaryOperator work) {
        return x -> {
            arrive();
            return work.applyAsLong(x);
        };
    }

    /** Holds the current thread, the first time it arrives, until the caller waits (see the class comment). */
    public void arrive() {
        Thread self = Thread.currentThread();
        if (self == caller || !returned && passed.contains(self)) {
            return;
        }
        synchronized (this) {
            held++;
        }
        try {
            hold(self);
        } finally {
            synchronized (this) {
                held--;
            }
        }
    }

    /** How many threads are held now: for the test kit's own tests. */
    synchronized int heldNow() {
        return held;
    }

    private void hold(Thread self) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!released && !self.isInterrupted()) { // an interrupt (a pool shut down, the grader stopping it) lets it go
            if (!returned && callerIsWaiting()) {
                pass(self);
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                if (!returned) {
                    noteNeverWaited();
                    pass(self);
                }
                return;
            }
            LockSupport.parkNanos(this, pause);
            pause = Math.min(2 * pause, LONGEST_PAUSE_NANOS);
        }
    }

    /**
     * Lets a thread go on with the work. A thread of the call's own making is then held again as
     * it ends, until the caller joins it. A thread that runs the work as a task of
     * {@code java.util.concurrent} (a pool's worker, a future's thread) is not: the caller rightly
     * waits for the task, not for the thread, which ends when its pool is shut down or only after
     * the task's result was handed over.
     */
    private void pass(Thread self) {
        passed.add(self);
        if (!holdsAtExit) {
            return;
        }
        boolean task = self instanceof ForkJoinWorkerThread || StackWalker.getInstance().walk(frames -> frames
                .anyMatch(frame -> frame.getClassName().startsWith("java.util.concurrent.")));
        if (!task) {
            ownThreads.add(self);
            HELD_AT_EXIT.put(self, this);
        }
    }

    /** Holds a thread of the call's own making as it ends, until the caller joins it or the verdict has seen it. */
    private void holdAtExit(Thread self) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!judged && !released && !self.isInterrupted() && System.nanoTime() - deadline < 0) {
            if (!returned && callerIsJoining()) {
                return;
            }
            LockSupport.parkNanos(this, pause);
            pause = Math.min(2 * pause, LONGEST_PAUSE_NANOS);
        }
    }

    /**
     * Whether the caller is blocked waiting inside the submission right now: WAITING, TIMED_WAITING
     * or BLOCKED, not in {@code Thread.sleep}, with the submission's code on its stack (when the
     * grader knows which code that is), so that the test's own waiting never counts, and not in
     * this probe's verdict, which it reaches only once the call has returned. State and stack come
     * from one snapshot, so a caller that wakes up meanwhile is not taken for a waiting one.
     */
    private boolean callerIsWaiting() {
        return callerWaits(false);
    }

    /** The same, in {@code Thread.join()}: a caller that reads a pipe a thread writes waits, but not for its end. */
    private boolean callerIsJoining() {
        return callerWaits(true);
    }

    private boolean callerWaits(boolean inJoin) {
        if (!isWaiting(caller.getState())) {
            return false; // the cheap look first: most of the time the caller is simply running
        }
        ThreadInfo snapshot = THREADS.getThreadInfo(caller.getId(), Integer.MAX_VALUE);
        if (snapshot == null || !isWaiting(snapshot.getThreadState())) {
            return false;
        }
        StackTraceElement[] stack = snapshot.getStackTrace();
        boolean inSubmission = !StudentCode.known();
        boolean joining = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(Awaited.class.getName()) && frame.getMethodName().equals("assertWaitedFor")) {
                return false;
            }
            if (frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().startsWith("sleep")) {
                noteSleep(stack);
                return false;
            }
            joining |= frame.getClassName().equals("java.lang.Thread") && frame.getMethodName().equals("join");
            inSubmission |= StudentCode.isStudentClass(frame.getClassName());
        }
        return inSubmission && (joining || !inJoin);
    }

    private static boolean isWaiting(Thread.State state) {
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
    }

    private synchronized void noteSleep(StackTraceElement[] stack) {
        callerSlept = localized(" (it slept%s instead)", " (en su lugar durmió%s)", where(stack));
    }

    /** The patience ran out before the caller ever waited: remember where it was busy instead. */
    private synchronized void noteNeverWaited() {
        expired = true;
        callerBusy = where(caller.getStackTrace());
    }

    /**
     * {@code  at ParallelSum.java:52}: the top frame of the submission (or, when the grader does
     * not know which code that is, of anything but the JDK), or nothing.
     */
    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            boolean jdk = type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
            if (StudentCode.known() ? StudentCode.isStudentClass(type) : !jdk) {
                return localized(" at %s:%d", " en %s:%d", frame.getFileName(), frame.getLineNumber());
            }
        }
        return "";
    }

    /**
     * A Java command line (the {@code java} executable, options, a class path option, the main
     * class and its arguments) that runs the same program through {@link HeldChild}, so that the
     * child is held before it exits until the caller waits for it.
     */
    public List<String> held(List<String> javaCommand) {
        List<String> command = new ArrayList<>(javaCommand);
        for (int i = 0; i < command.size() - 1; i++) {
            if (Set.of("-cp", "-classpath", "--class-path").contains(command.get(i))) {
                command.addAll(i + 2, List.of(HeldChild.class.getName(), childGate().toString()));
                return command;
            }
        }
        throw new IllegalArgumentException("not a java command with a class path option: " + javaCommand);
    }

    /** Code that runs the call; it may throw anything. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /**
     * Runs {@code call} with every child JVM it starts with this JVM's class path
     * ({@code java.class.path}) and {@code mainClass} as its main class held before it starts,
     * until the caller waits for it: the class path the children get starts with a folder where
     * a class of that name hands over to the real one through {@link HeldChild}.
     */
    public void holdingChildrenOf(Class<?> mainClass, Call call) throws Exception {
        String classPath = System.getProperty("java.class.path");
        Path folder = HeldChild.shadowFolder(mainClass.getName(), classPath, childGate());
        try {
            System.setProperty("java.class.path", folder + File.pathSeparator + classPath);
            call.run();
        } finally {
            System.setProperty("java.class.path", classPath);
        }
    }

    /** The gate of this probe's held children, and the thread that opens it once the caller waits. */
    private synchronized Path childGate() {
        if (childGate == null) {
            childrenBefore = ChildProcessTree.now();
            try {
                Path folder = Files.createTempDirectory("grader-child-gate");
                folder.toFile().deleteOnExit();
                childGate = folder.resolve("open");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread opener = new Thread(this::openChildGateOnceTheCallerWaits, "grader-child-gate");
            opener.setDaemon(true);
            opener.start();
        }
        return childGate;
    }

    private void openChildGateOnceTheCallerWaits() {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!returned && caller.isAlive()) {
            if (callerIsWaiting()) {
                try {
                    Files.createFile(childGate);
                    childGate.toFile().deleteOnExit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                noteNeverWaited();
                return;
            }
            LockSupport.parkNanos(this, pause);
            pause = Math.min(2 * pause, LONGEST_PAUSE_NANOS);
        }
    }

    /**
     * How many children said they were held ({@link HeldChild#HELD}) and were never let go by
     * their gate ({@link HeldChild#RELEASED}): still held, or destroyed while held. A parent that
     * destroys its children instead of waiting for them leaves no living child behind, but these.
     */
    private synchronized int childrenNeverLetGo() {
        List<String> names;
        try (var files = Files.list(childGate.getParent())) {
            names = files.map(file -> {
                file.toFile().deleteOnExit(); // before their folder, which was registered first
                return file.getFileName().toString();
            }).collect(Collectors.toList());
        } catch (IOException e) {
            return 0;
        }
        return (int) names.stream().filter(name -> name.startsWith(HeldChild.HELD))
                .filter(name -> !names.contains(HeldChild.RELEASED + name.substring(HeldChild.HELD.length())))
                .count();
    }

    /**
     * Fails unless the call that just returned (or threw) waited for its work: no thread still
     * held, no child process still alive, and the caller blocked waiting within the patience.
     * Call it right after the call, before looking at its results.
     */
    public void assertWaitedFor(String hintEn, String hintEs) {
        int heldNow;
        String slept;
        String busy;
        boolean neverWaited;
        Set<Long> before;
        synchronized (this) {
            returned = true;
            heldNow = held;
            slept = callerSlept;
            busy = callerBusy;
            neverWaited = expired;
            before = childrenBefore;
        }
        List<Thread> running = ownThreads.stream().filter(Thread::isAlive).collect(Collectors.toList());
        judged = true;
        List<ProcessHandle> children = before == null ? List.of() : ChildProcessTree.startedSince(before);
        int heldChildren = before == null ? 0 : childrenNeverLetGo();
        if (heldNow > 0) {
            released = true;
            throw new AssertionFailedError(localized(
                    "the call returned before its threads finished: %d of them had not even done their first piece "
                            + "of work, because the call never waited for them%s. Sleeping is no way to wait: join() "
                            + "every thread you start (or get() every task) before you use the results. %s",
                    "la llamada volvió antes de que terminaran sus hilos: %d de ellos ni siquiera habían hecho su "
                            + "primera parte del trabajo, porque la llamada nunca los esperó%s. Dormir no es esperar: "
                            + "haz join() de cada hilo que arrancas (o get() de cada tarea) antes de usar los "
                            + "resultados. %s",
                    heldNow, slept, localized(hintEn, hintEs)));
        }
        if (!running.isEmpty()) {
            released = true;
            throw new AssertionFailedError(localized(
                    "the call returned before its threads ended: %d of the threads that ran the work had not ended "
                            + "yet%s, even if their work was done. join() every thread you start before you return, so "
                            + "that nothing it does last goes unseen. %s",
                    "la llamada volvió antes de que terminaran sus hilos: %d de los hilos que hicieron el trabajo aún "
                            + "no habían terminado%s, aunque su trabajo estuviera hecho. Haz join() de cada hilo que "
                            + "arrancas antes de volver, para que no se pierda nada de lo que hace al final. %s",
                    running.size(), slept, localized(hintEn, hintEs)));
        }
        if (!children.isEmpty()) {
            throw new AssertionFailedError(localized(
                    "the call returned while %d of its child processes were still running (%s)%s: wait for each "
                            + "one with waitFor() before you use what it wrote or read its exit status. %s",
                    "la llamada volvió mientras %d de sus procesos hijos seguían en marcha (%s)%s: espera a cada "
                            + "uno con waitFor() antes de usar lo que escribió o de leer su estado de salida. %s",
                    children.size(), children.stream().map(child -> "pid " + child.pid()).collect(Collectors.joining(", ")),
                    slept, localized(hintEn, hintEs)));
        }
        if (heldChildren > 0) {
            released = true;
            throw new AssertionFailedError(localized(
                    "the call did not wait for its child processes: when it returned or destroyed them, %d of them "
                            + "had not been waited for%s. Wait for each one with waitFor() before you use what it "
                            + "wrote or read its exit status. %s",
                    "la llamada no esperó a sus procesos hijos: cuando volvió o los destruyó, %d de ellos no habían "
                            + "sido esperados%s. Espera a cada uno con waitFor() antes de usar lo que escribió o "
                            + "de leer su estado de salida. %s",
                    heldChildren, slept, localized(hintEn, hintEs)));
        }
        if (neverWaited) {
            throw new AssertionFailedError(localized(
                    "for %d s the call neither blocked waiting for its threads nor returned (it kept running%s): does "
                            + "it spin, asking isAlive() or a flag in a loop, instead of blocking in join()? %s",
                    "durante %d s la llamada ni se bloqueó esperando a sus hilos ni volvió (siguió ejecutándose%s): "
                            + "¿da vueltas preguntando isAlive() o un indicador en un bucle, en vez de bloquearse en "
                            + "join()? %s",
                    patience.toSeconds(), busy, localized(hintEn, hintEs)));
        }
    }
}
