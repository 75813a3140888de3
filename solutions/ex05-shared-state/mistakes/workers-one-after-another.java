// MISTAKE: joins each worker right after starting it, so the workers run one after another, like processes joined in turn.
// REPLACES: ex05/MoodManager.java
// CAUGHT BY: MoodManagerStressTest#manyWorkersLeaveExactCounts
package ex05;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lecture's {@code Manager}: a list of moods that several workers change at the same time,
 * each worker on a thread of its own, like the lecture's processes {@code p1}, {@code p2} and
 * {@code p3}.
 *
 * <p>The list itself never changes after construction, so the threads share it without a lock;
 * each mood guards its own counters.
 */
public final class MoodManager {

    private final List<Mood> moods;

    /** A manager of {@code size} moods, each at joy 0 and sadness 0. */
    public MoodManager(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        List<Mood> created = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            created.add(new Mood());
        }
        moods = List.copyOf(created);
    }

    /**
     * Runs every worker on a thread of its own, all at the same time; each worker applies itself
     * to every mood of the list, in order, {@code rounds} times over (the lecture's
     * {@code aumentarAlegria} is the worker {@code Mood::cheerUp} with one round). Returns when
     * every worker has finished.
     *
     * @throws IllegalStateException when a worker threw; the worker's exception is the cause
     * @throws InterruptedException  when interrupted while waiting for the workers
     */
    public void runTogether(List<Consumer<Mood>> workers, int rounds) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        // Each thread writes only its own slot, before it ends; join() makes the write visible here.
        Throwable[] failures = new Throwable[workers.size()];
        for (int i = 0; i < workers.size(); i++) {
            Consumer<Mood> worker = workers.get(i);
            int slot = i;
            Thread thread = new Thread(() -> applyRounds(worker, rounds), "mood-worker-" + i);
            thread.setUncaughtExceptionHandler((failed, failure) -> failures[slot] = failure);
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.start();
            thread.join();
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw new IllegalStateException("a worker failed", failure);
            }
        }
    }

    private void applyRounds(Consumer<Mood> worker, int rounds) {
        for (int round = 0; round < rounds; round++) {
            moods.forEach(worker);
        }
    }

    /** A consistent snapshot of every mood, in list order. */
    public List<MoodSnapshot> snapshots() {
        return moods.stream().map(Mood::snapshot).toList();
    }
}
