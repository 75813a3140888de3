package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.RunawayThreads;
import grader.guard.StudentCode;
import grader.guard.ThreadGuard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * What a graded test left running: the threads and child processes the submission started that
 * are still alive after it. They get a moment to finish; then the test fails, naming them, and
 * they are stopped so they cannot burn CPU or change shared state during later tests. Every
 * thread the student's code starts must have ended when it returns, daemon or not (threads
 * started by a test's thread are daemons only because that thread is one): join() every thread,
 * shutdown() every pool, waitFor() or destroy() every process.
 *
 * <p>With the grader's agent, the threads considered are those student code started (see
 * {@link ThreadGuard}), so threads of the test libraries never count, and neither do the JDK's
 * own shared threads (the common pool's workers, virtual thread carriers, the process reaper).
 * Without it (an IDE run) they are the non-daemon threads that appeared during the test.
 */
final class Leftovers {

    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Set<Thread> threadsBefore;
    private final Set<Long> processesBefore;

    private Leftovers(Set<Thread> threadsBefore, Set<Long> processesBefore) {
        this.threadsBefore = threadsBefore;
        this.processesBefore = processesBefore;
    }

    /** What is running before the test. */
    static Leftovers before() {
        ChildProcesses.destroyAllOnExit();
        return new Leftovers(Thread.getAllStackTraces().keySet(), ChildProcesses.now());
    }

    /**
     * Stops what the test left running and describes what should not have been left: non-daemon
     * threads and child processes. Empty when the test left nothing that matters.
     */
    Optional<String> stopAndDescribe() {
        long deadline = System.nanoTime() + GRACE_NANOS;
        List<Thread> threads = threadsLeft(deadline);
        List<ProcessHandle> processes = processesLeft(deadline);
        List<String> problems = new ArrayList<>();
        if (!threads.isEmpty()) {
            problems.add(localized(
                    "it left %d thread(s) running: %s. Every thread your code starts must have ended when it "
                            + "returns: join() each thread you start and shutdown() each pool you create.",
                    "dejó %d hilo(s) en marcha: %s. Cada hilo que arranca tu código debe haber terminado cuando "
                            + "este devuelve: haz join() de cada hilo que arrancas y shutdown() de cada pool que creas.",
                    threads.size(), threads.stream().map(Leftovers::describe).collect(Collectors.joining(", "))));
        }
        if (!processes.isEmpty()) {
            problems.add(localized(
                    "it left %d child process(es) running: %s. Wait for each process you start (waitFor()) or "
                            + "destroy() it.",
                    "dejó %d proceso(s) hijo en marcha: %s. Espera a cada proceso que lances (waitFor()) o "
                            + "destrúyelo (destroy()).",
                    processes.size(), processes.stream().map(ChildProcesses::describe).collect(Collectors.joining(", "))));
        }
        threads.forEach(RunawayThreads::stop);
        processes.forEach(ChildProcesses::destroy);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        problems.add(localized("The grader has stopped them where it could.",
                "El calificador los ha detenido donde ha podido."));
        return Optional.of(String.join(" ", problems));
    }

    private List<Thread> threadsLeft(long deadline) {
        List<Thread> left = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!threadsBefore.contains(thread) && isSubmissions(thread) && !finishes(thread, deadline)) {
                left.add(thread);
            }
        }
        return left;
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

    private static boolean finishes(Thread thread, long deadline) {
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private List<ProcessHandle> processesLeft(long deadline) {
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle process : ChildProcesses.startedSince(processesBefore)) {
            try {
                process.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                left.add(process);
            } catch (ExecutionException | TimeoutException e) {
                left.add(process);
            }
        }
        return left;
    }

    /** {@code "worker-1" (WAITING at Leaks.java:14)}, naming a pool's idle worker as such. */
    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String where = Arrays.stream(stack).filter(f -> StudentCode.isStudentClass(f.getClassName())).findFirst()
                .map(f -> localized(" at %s:%d", " en %s:%d", f.getFileName(), f.getLineNumber())).orElse("");
        boolean idlePoolWorker = Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
                        && f.getMethodName().equals("getTask"));
        String pool = idlePoolWorker ? localized(", an idle pool worker", ", un hilo ocioso de un pool") : "";
        return "\"" + thread.getName() + "\" (" + thread.getState() + where + pool + ")";
    }
}
