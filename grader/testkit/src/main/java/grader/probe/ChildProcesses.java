package grader.probe;

import static grader.i18n.Messages.localized;

import grader.junit.ChildProcessTree;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Runs code that starts child processes, under a deadline, and makes sure none of them
 * outlives it.
 *
 * <pre>{@code
 * List<Long> output = ChildProcesses.runWithin(Duration.ofSeconds(20), () -> pipeline.run(numbers));
 * }</pre>
 *
 * <p>When the deadline passes, the failure carries the thread dump, which names the threads
 * blocked writing to or reading from a pipe (the deadlock that no detector reports), and every
 * child process still alive is destroyed: a hung test must not leave processes behind. When the
 * code returns but leaves a child alive, that is a failure too.
 */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * Runs {@code body} under {@code limit} and returns what it returned; afterwards destroys
     * every child process it started that is still alive, and fails when there was one.
     */
    public static <T> T runWithin(Duration limit, Deadline.Body<T> body) throws Throwable {
        Set<Long> before = ChildProcessTree.now();
        T value = null;
        Throwable failure = null;
        try {
            value = Deadline.run(limit, body);
        } catch (Throwable t) {
            failure = t;
        }
        List<ProcessHandle> left = ChildProcessTree.startedSinceAndStillAlive(before);
        String leftDescribed = ChildProcessTree.describe(left);
        ChildProcessTree.destroy(left);
        if (left.isEmpty()) {
            if (failure != null) {
                throw failure;
            }
            return value;
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
}
