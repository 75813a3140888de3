package grader.junit;

import static grader.i18n.Messages.localized;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The threads of a deadlock that the JVM's detector finds: each waits for a lock the next one holds. */
final class DeadlockCycle {

    private final ThreadInfo[] threads;

    private DeadlockCycle(ThreadInfo[] threads) {
        this.threads = threads;
    }

    /**
     * The deadlock now, if at least one of its threads is not in {@code earlierThreads}: a cycle
     * among those alone is an earlier test's, not this one's.
     */
    static Optional<DeadlockCycle> newSince(Set<Long> earlierThreads) {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        if (deadlocked == null || Arrays.stream(deadlocked).allMatch(earlierThreads::contains)) {
            return Optional.empty();
        }
        return Optional.of(new DeadlockCycle(ManagementFactory.getThreadMXBean().getThreadInfo(deadlocked, true, true)));
    }

    /** {@code DEADLOCK: "a" at Bank.java:40 waits for … held by "b"; "b" …}. */
    String describe() {
        return localized("DEADLOCK: ", "INTERBLOQUEO: ") + Arrays.stream(threads)
                .filter(info -> info != null) // a thread of the cycle that ended meanwhile
                .map(info -> localized("\"%s\"%s waits for %s held by \"%s\"",
                        "\"%s\"%s espera %s, que tiene \"%s\"",
                        info.getThreadName(), ThreadDump.at(info.getStackTrace()), info.getLockName(),
                        info.getLockOwnerName()))
                .collect(Collectors.joining("; "));
    }
}
