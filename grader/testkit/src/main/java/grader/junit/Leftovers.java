package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.RunawayThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a graded test left running: the threads and child processes the submission started that
 * are still alive after it. They get a moment to finish; then the test fails, naming them, and
 * they are stopped so they cannot burn CPU or change shared state during later tests. Every
 * thread the student's code starts must have ended when it returns, daemon or not (threads
 * started by a test's thread are daemons only because that thread is one): join() every thread,
 * shutdown() every pool, waitFor() or destroy() every process. Which threads and processes
 * count: {@link SubmissionThreads}, {@link ChildProcessTree}.
 */
final class Leftovers {

    private final SubmissionThreads threads;
    private final Set<Long> processesBefore;

    private Leftovers(SubmissionThreads threads, Set<Long> processesBefore) {
        this.threads = threads;
        this.processesBefore = processesBefore;
    }

    /** What is running before the test. */
    static Leftovers before() {
        ChildProcessTree.destroyAllOnExit();
        return new Leftovers(SubmissionThreads.since(), ChildProcessTree.now());
    }

    /**
     * Stops what the test left running and describes what should not have been left: the
     * submission's threads and child processes. Empty when the test left nothing that matters.
     */
    Optional<String> stopAndDescribe() {
        List<Thread> threadsLeft = threads.stillAlive();
        List<ProcessHandle> processesLeft = ChildProcessTree.startedSinceAndStillAlive(processesBefore);
        List<String> problems = new ArrayList<>();
        if (!threadsLeft.isEmpty()) {
            problems.add(localized(
                    "it left %d thread(s) running: %s. Every thread your code starts must have ended when it "
                            + "returns: join() each thread you start and shutdown() each pool you create.",
                    "dejó %d hilo(s) en marcha: %s. Cada hilo que arranca tu código debe haber terminado cuando "
                            + "este devuelve: haz join() de cada hilo que arrancas y shutdown() de cada pool que creas.",
                    threadsLeft.size(),
                    threadsLeft.stream().map(SubmissionThreads::describe).collect(Collectors.joining(", "))));
        }
        if (!processesLeft.isEmpty()) {
            problems.add(localized(
                    "it left %d child process(es) running: %s. Wait for each process you start (waitFor()) or "
                            + "destroy() it.",
                    "dejó %d proceso(s) hijo en marcha: %s. Espera a cada proceso que lances (waitFor()) o "
                            + "destrúyelo (destroy()).",
                    processesLeft.size(), ChildProcessTree.describe(processesLeft)));
        }
        threadsLeft.forEach(RunawayThreads::stop);
        ChildProcessTree.destroy(processesLeft);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        problems.add(localized("The grader has stopped them where it could.",
                "El calificador los ha detenido donde ha podido."));
        return Optional.of(String.join(" ", problems));
    }
}
