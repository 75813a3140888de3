package grader.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The processes this test JVM started, directly or through its children: which ones a piece of
 * code left running, how to name them, and how to destroy them. The one mechanism behind the
 * check after every graded test ({@link Leftovers}), the probe around code that starts children
 * ({@link grader.probe.ChildProcesses}) and the check that a call waited for its children
 * ({@link grader.probe.Awaited}).
 */
public final class ChildProcessTree {

    /** How long a child that is already ending may take to be gone. */
    public static final Duration GRACE = Duration.ofSeconds(1);
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");
    private static final AtomicBoolean CLEANUP_ON_EXIT = new AtomicBoolean();

    private ChildProcessTree() {
    }

    /** The process ids of every live descendant now. */
    public static Set<Long> now() {
        return startedSince(Set.of()).stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The descendants not in {@code before} that are alive now. */
    public static List<ProcessHandle> startedSince(Set<Long> before) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> !before.contains(process.pid())).collect(Collectors.toList());
    }

    /** The descendants not in {@code before} that are still alive after a {@link #GRACE} to end. */
    public static List<ProcessHandle> startedSinceAndStillAlive(Set<Long> before) {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle process : startedSince(before)) {
            if (!hasEndedBy(process, deadline)) {
                left.add(process);
            }
        }
        return left;
    }

    /** Kills each process and its own descendants, children first, and waits a moment for them to be gone. */
    public static void destroy(Collection<ProcessHandle> processes) {
        for (ProcessHandle process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        long deadline = System.nanoTime() + GRACE.toNanos();
        processes.forEach(process -> hasEndedBy(process, deadline));
    }

    /** A JVM that ends, however it was told to, takes its child processes with it. */
    static void destroyAllOnExit() {
        if (CLEANUP_ON_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcessTree::destroyAll, "grader-process-cleanup"));
        }
    }

    static void destroyAll() {
        destroy(ProcessHandle.current().children().collect(Collectors.toList()));
    }

    /**
     * {@code pid 1234 (sleep 30), pid 1235 (java ex07.SquaringChild)}: each process as its id, its
     * program and its arguments, without the JVM's options and class path.
     */
    public static String describe(Collection<ProcessHandle> processes) {
        return processes.stream().map(ChildProcessTree::describe).collect(Collectors.joining(", "));
    }

    private static String describe(ProcessHandle process) {
        List<String> shown = new ArrayList<>();
        process.info().command().map(command -> Path.of(command).getFileName().toString()).ifPresent(shown::add);
        String[] args = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i < args.length; i++) {
            if (CLASS_PATH_OPTIONS.contains(args[i])) {
                i++; // and its value
            } else if (!args[i].startsWith("-")) {
                shown.add(args[i]);
            }
        }
        return "pid " + process.pid() + " (" + (shown.isEmpty() ? "?" : String.join(" ", shown)) + ")";
    }

    private static boolean hasEndedBy(ProcessHandle process, long deadline) {
        try {
            process.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
