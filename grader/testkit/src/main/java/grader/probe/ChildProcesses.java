package grader.probe;

import static grader.i18n.Messages.localized;

import grader.junit.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Runs code that starts child processes, under a deadline, and makes sure none of them
 * outlives it.
 *
 * <pre>{@code
 * ChildProcesses.runWithin(Duration.ofSeconds(20), () -> pipeline.run(numbers));
 * }</pre>
 *
 * <p>When the deadline passes, the failure carries the thread dump, which names the threads
 * blocked writing to or reading from a pipe (the deadlock that no detector reports), and every
 * child process still alive is destroyed: a hung test must not leave processes behind. When the
 * code returns but leaves a child alive, that is a failure too.
 */
public final class ChildProcesses {

    /** How long a child that is already ending may take to be gone. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

    private ChildProcesses() {
    }

    /** The descendants of this JVM that are alive now. */
    public static Set<ProcessHandle> alive() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).collect(Collectors.toSet());
    }

    /**
     * Runs {@code body} under {@code limit}; afterwards destroys every child process it started
     * that is still alive, and fails when there was one.
     */
    public static void runWithin(Duration limit, Deadline.Body body) throws Throwable {
        Set<ProcessHandle> before = alive();
        Throwable failure = null;
        try {
            Deadline.run(limit, body);
        } catch (Throwable t) {
            failure = t;
        }
        List<ProcessHandle> left = startedSinceAndStillAlive(before);
        String leftDescribed = describe(left);
        destroy(left);
        if (left.isEmpty()) {
            if (failure != null) {
                throw failure;
            }
            return;
        }
        if (failure instanceof AssertionError) { // a deadline that passed, or a check that failed
            throw new AssertionFailedError(failure.getMessage() + System.lineSeparator() + localized(
                    "Child processes still alive at that moment, now destroyed: %s. A child blocks just as a "
                            + "thread does: writing while nobody reads its output or its standard error, reading "
                            + "while nobody closes its input.",
                    "Procesos hijos aún vivos en ese momento, ya destruidos: %s. Un hijo se bloquea igual que un "
                            + "hilo: escribiendo mientras nadie lee su salida o su salida de error, leyendo mientras "
                            + "nadie cierra su entrada.",
                    leftDescribed), failure);
        }
        throw new AssertionFailedError(localized(
                "%d child process(es) still alive after the call %s: %s. Wait for every child (waitFor()) and "
                        + "destroy the ones a failure leaves behind (destroyForcibly(), in a finally block).",
                "%d proceso(s) hijo(s) aún vivo(s) después de que la llamada %s: %s. Espera a cada hijo "
                        + "(waitFor()) y destruye los que deje atrás un fallo (destroyForcibly(), en un bloque finally).",
                left.size(), failure == null ? localized("returned", "volviera")
                        : localized("threw %s", "lanzara %s", failure.getClass().getSimpleName()), leftDescribed),
                failure);
    }

    private static List<ProcessHandle> startedSinceAndStillAlive(Set<ProcessHandle> before) {
        List<ProcessHandle> left = new ArrayList<>();
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle child : alive()) {
            if (!before.contains(child) && !hasEndedBy(child, deadline)) {
                left.add(child);
            }
        }
        return left;
    }

    private static boolean hasEndedBy(ProcessHandle child, long deadline) {
        try {
            child.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each child as its process id and its arguments, without the options and the class path. */
    private static String describe(List<ProcessHandle> children) {
        return children.stream()
                .map(child -> "pid " + child.pid() + " (" + mainArguments(child) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String mainArguments(ProcessHandle child) {
        String[] args = child.info().arguments().orElse(new String[0]);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (CLASS_PATH_OPTIONS.contains(args[i])) {
                i++; // and its value
            } else if (!args[i].startsWith("-")) {
                shown.add(args[i]);
            }
        }
        return String.join(" ", shown);
    }

    private static void destroy(List<ProcessHandle> children) {
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            hasEndedBy(child, System.nanoTime() + GRACE.toNanos());
        }
    }
}
