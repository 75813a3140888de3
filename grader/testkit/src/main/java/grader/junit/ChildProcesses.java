package grader.junit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The processes this test JVM started, directly or through its children: what a test left
 * running is destroyed, and so is everything left when the JVM shuts down.
 */
final class ChildProcesses {

    private static final AtomicBoolean CLEANUP_ON_EXIT = new AtomicBoolean();

    private ChildProcesses() {
    }

    /** The process ids of every live descendant now. */
    static Set<Long> now() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** The live descendants that were not in {@code before}. */
    static List<ProcessHandle> startedSince(Set<Long> before) {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> !before.contains(process.pid()))
                .collect(Collectors.toList());
    }

    /** Kills {@code process} and its own descendants, children first. */
    static void destroy(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static void destroyAll() {
        ProcessHandle.current().children().forEach(ChildProcesses::destroy);
    }

    /** A JVM that ends, however it was told to, takes its child processes with it. */
    static void destroyAllOnExit() {
        if (CLEANUP_ON_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::destroyAll, "grader-process-cleanup"));
        }
    }

    /** {@code pid 1234 (sleep 300)}. */
    static String describe(ProcessHandle process) {
        String command = process.info().commandLine().or(() -> process.info().command()).orElse("?");
        return "pid " + process.pid() + " (" + command + ")";
    }
}
