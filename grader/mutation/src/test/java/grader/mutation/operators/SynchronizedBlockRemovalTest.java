package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.mutation.Mutants;
import org.junit.jupiter.api.Test;

class SynchronizedBlockRemovalTest {

    /** Blocks that report whether they hold their locks. */
    static final class Guarded {
        private final Object lock = new Object();

        boolean holdsTheLockInside() {
            synchronized (lock) {
                return Thread.holdsLock(lock);
            }
        }

        boolean holdsBothLocksInside() {
            synchronized (lock) {
                synchronized (this) {
                    return Thread.holdsLock(lock) && Thread.holdsLock(this);
                }
            }
        }

        void throwsInside() {
            synchronized (lock) {
                throw new IllegalStateException("thrown while holding the lock");
            }
        }

        synchronized boolean aSynchronizedMethod() {
            return Thread.holdsLock(this);
        }
    }

    private final Mutants mutants = Mutants.of(Guarded.class, SynchronizedBlockRemoval.REMOVE_SYNCHRONIZED_BLOCK);

    @Test
    void makesOneMutantPerBlockAndNoneForASynchronizedMethod() {
        assertThat(mutants.in("holdsTheLockInside")).hasSize(1);
        assertThat(mutants.in("holdsBothLocksInside")).hasSize(2);
        assertThat(mutants.in("throwsInside")).hasSize(1);
        assertThat(mutants.in("aSynchronizedMethod")).isEmpty();
        assertThat(mutants.onlyIn("holdsTheLockInside").getDescription()).contains("runs without the lock");
    }

    @Test
    void theBlocksCodeRunsWithoutTheLock() throws Exception {
        Object mutant = mutants.instance(mutants.onlyIn("holdsTheLockInside"));

        assertThat(Mutants.call(mutant, "holdsTheLockInside")).isEqualTo(false);
        assertThat(Mutants.call(new Guarded(), "holdsTheLockInside")).isEqualTo(true);
    }

    @Test
    void eachNestedBlockIsRemovedOnItsOwn() throws Exception {
        for (var mutation : mutants.in("holdsBothLocksInside")) {
            Object mutant = mutants.instance(mutation);

            assertThat(Mutants.call(mutant, "holdsBothLocksInside")).isEqualTo(false);
            assertThat(mutants.instructions(mutation, "holdsBothLocksInside"))
                    .as("one block is still entered and left")
                    .containsOnlyOnce("MONITORENTER");
        }
    }

    @Test
    void theExitInTheHandlerGoesToo() {
        Object mutant = mutants.instance(mutants.onlyIn("throwsInside"));

        // With the handler's MONITOREXIT left in, leaving the block by the exception would throw
        // IllegalMonitorStateException: the lock was never taken.
        assertThatThrownBy(() -> Mutants.call(mutant, "throwsInside"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("thrown while holding the lock");
        assertThat(mutants.instructions(mutants.onlyIn("throwsInside"), "throwsInside"))
                .doesNotContain("MONITORENTER", "MONITOREXIT");
    }
}
