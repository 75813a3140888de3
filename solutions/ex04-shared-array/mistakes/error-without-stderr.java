// MISTAKE: says that a child failed but not what it printed on its standard error.
// REPLACES: ex04/ProcessSharedArray.java
// CAUGHT BY: ProcessSharedArrayTest#aFailingChildMakesTheCallThrowWithItsStandardError
package ex04;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several operating-system processes transform one array in place, each its own slice, through
 * a file that all of them map into memory: the Java counterpart of the lecture's
 * {@code multiprocessing.Array} filled by four {@code Process}es.
 *
 * <p>Processes share no heap: each child is a separate JVM. What they share is the file's
 * memory, which every one of them maps. The parent puts the array in the file, starts the
 * children, waits for all of them, checks how each ended, and reads the array back.
 */
public final class ProcessSharedArray {

    private ProcessSharedArray() {
    }

    /**
     * Squares every element of {@code values} in place, using {@code children} child processes
     * that run {@link SquaringChild} and share the array through {@code sharedFile}: child
     * {@code k} squares slice {@code k} ({@link Slice#of}) and records its pid in the file.
     * However the call ends, no child process is left running.
     *
     * @throws IllegalArgumentException when {@code children < 1}
     * @throws IllegalStateException    when a child exits with a status other than 0 (the message
     *                                  includes what the child printed on its standard error), or
     *                                  when the children do not all finish within {@code timeout}
     * @throws IOException              when the file cannot be mapped or a child cannot be started
     * @throws InterruptedException     when interrupted while waiting for the children
     */
    public static void squareInPlace(int[] values, int children, Path sharedFile, Duration timeout)
            throws IOException, InterruptedException {
        if (children < 1) {
            throw new IllegalArgumentException("children must be at least 1: " + children);
        }
        SharedFile shared = SharedFile.create(sharedFile, children, values.length);
        for (int i = 0; i < values.length; i++) {
            shared.set(i, values[i]);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Child> started = new ArrayList<>(children);
        try {
            for (int k = 0; k < children; k++) {
                started.add(Child.start(sharedFile, children, values.length, k)); // all run before we wait
            }
            for (Child child : started) {
                child.awaitSuccess(deadline, timeout);
            }
        } finally {
            for (Child child : started) {
                child.destroy(); // kills those still running after a failure, a timeout or an interrupt
            }
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = shared.get(i); // every child has ended, and its writes are in the shared memory
        }
    }

    /** A child process, and the file that receives what it prints on its standard error. */
    private record Child(int number, Process process, File errors) {

        static Child start(Path sharedFile, int children, int length, int number) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            File errors = Files.createTempFile("child-" + number + "-", ".stderr").toFile();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SquaringChild.class.getName(), sharedFile.toString(),
                    String.valueOf(children), String.valueOf(length), String.valueOf(number))
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(errors) // a file never fills up, unlike a pipe that nobody reads
                    .start();
            return new Child(number, process, errors);
        }

        /** Waits until the child ends or the deadline passes, and throws unless it ended well. */
        void awaitSuccess(long deadline, Duration timeout) throws IOException, InterruptedException {
            if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException(
                        "child " + number + " (pid " + process.pid() + ") did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("child " + number + " (pid " + process.pid() + ") exited with status "
                        + process.exitValue());
            }
        }

        /** Kills the child if it still runs, waits until it is gone, and deletes its error file. */
        void destroy() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            errors.delete(); // best effort: a leftover temporary file harms nobody
        }
    }
}
