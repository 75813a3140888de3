package grader.probe;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;

/**
 * Counts the workers that are inside the work at the same moment, and the most that ever were:
 * the check that a pool of {@code n} threads never runs more than {@code n} tasks at once.
 *
 * <p>The count can only show that a bound was broken: tasks that happen not to overlap break no
 * bound. Pair it with a {@link Rendezvous}, which proves that the expected number of tasks did
 * run together.
 */
public final class InFlight {

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    /** The work, counted as in flight from the moment a thread enters it until it returns or throws. */
    public LongUnaryOperator around(LongUnaryOperator work) {
        return x -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                return work.applyAsLong(x);
            } finally {
                now.decrementAndGet();
            }
        };
    }

    /** How many threads are inside the work now. */
    public int now() {
        return now.get();
    }

    /** The most threads that were ever inside the work at the same moment. */
    public int most() {
        return most.get();
    }
}
