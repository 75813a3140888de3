package grader.probe;

import static grader.i18n.Messages.localized;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.opentest4j.AssertionFailedError;

/**
 * Proves, without timing, that several workers are in progress at the same time.
 *
 * <p>The test wraps the work it hands to the submission. The first time each of the first
 * {@code parties} threads runs the work, it waits at this rendezvous until all {@code parties}
 * threads are there. If the submission runs its parts one after another, the first worker waits
 * alone until its patience runs out; from then on nobody waits, so the submission still finishes
 * and the test can say how many workers were ever there together. Blocked threads need no core,
 * so the proof holds on a single-core machine too.
 */
public final class Rendezvous {

    private final int parties;
    private final Duration patience;

    /** Guarded by this: the threads that arrived, in order of arrival. */
    private final Set<Thread> arrived = new LinkedHashSet<>();
    /** Guarded by this: how many threads are waiting now, and the most that ever waited at once. */
    private int waiting;
    private int mostTogether;
    /** Guarded by this: all parties met, or somebody's patience ran out. */
    private boolean met;
    private boolean expired;

    public Rendezvous(int parties) {
        this(parties, Duration.ofSeconds(5));
    }

    public Rendezvous(int parties, Duration patience) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be at least 1: " + parties);
        }
        this.parties = parties;
        this.patience = patience;
    }

    /** The work, made to stop at this rendezvous the first time each thread runs it. */
    public LongUnaryOperator around(LongUnaryOperator work) {
        return x -> {
            arrive();
            return work.applyAsLong(x);
        };
    }

    /** Waits here once per thread until every party has arrived or the patience runs out. */
    public synchronized void arrive() {
        if (!arrived.add(Thread.currentThread()) || arrived.size() > parties || met || expired) {
            return;
        }
        waiting++;
        mostTogether = Math.max(mostTogether, waiting);
        if (waiting == parties) {
            met = true;
            notifyAll();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (!met && !expired) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    expired = true;
                    notifyAll();
                    break;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting--;
        }
    }

    /** Whether all parties were in progress at the same time. */
    public synchronized boolean allMet() {
        return met;
    }

    /** The most threads that were ever at the rendezvous together. */
    public synchronized int mostTogether() {
        return mostTogether;
    }

    /** Every thread that ran the work, in order of arrival. */
    public synchronized Set<Thread> threads() {
        return new LinkedHashSet<>(arrived);
    }

    /**
     * Fails unless all parties met on distinct threads other than {@code caller}.
     *
     * @param hintEn what to look at when they did not (English)
     * @param hintEs the same in Spanish
     */
    public void assertAllMet(Thread caller, String hintEn, String hintEs) {
        Set<Thread> threads = threads();
        if (threads.contains(caller)) {
            throw new AssertionFailedError(localized(
                    "the calling thread did part of the work itself: every part must run on a thread of its own",
                    "el hilo que llama hizo parte del trabajo: cada parte debe ejecutarse en su propio hilo"));
        }
        if (!allMet()) {
            throw new AssertionFailedError(localized(
                    "the %d parts never ran at the same time: at most %d of them were in progress together "
                            + "(%d threads ran the work). %s",
                    "las %d partes nunca se ejecutaron a la vez: como mucho %d estuvieron en curso juntas "
                            + "(%d hilos ejecutaron el trabajo). %s",
                    parties, mostTogether(), threads.size(), localized(hintEn, hintEs)));
        }
    }
}
