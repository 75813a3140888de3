package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynchronizedBlockSplitTest {

    /** Whether each statement held the lock: outside the mutated class, whose mutant has statics of its own. */
    public static final class Held {
        public static final Object LOCK = new Object();
        public static final List<Boolean> NOTES = new ArrayList<>();

        public static void note() {
            NOTES.add(Thread.holdsLock(LOCK));
        }
    }

    /** Blocks of one, two and three statements. */
    static final class Steps {
        void oneStep() {
            synchronized (Held.LOCK) {
                Held.note();
            }
        }

        void twoSteps() {
            synchronized (Held.LOCK) {
                Held.note();
                Held.note();
            }
        }

        int threeStepsAndAResult() {
            synchronized (Held.LOCK) {
                Held.note();
                Held.note();
                return Held.NOTES.size();
            }
        }
    }

    private final Mutants mutants = Mutants.of(Steps.class, SynchronizedBlockSplit.SPLIT_SYNCHRONIZED_BLOCK);

    @Test
    void splitsBetweenEachTwoLinesOfABlockAndNowhereElse() {
        assertThat(mutants.in("oneStep")).as("one line: nothing to split").isEmpty();
        assertThat(mutants.in("twoSteps")).hasSize(1);
        assertThat(mutants.in("threeStepsAndAResult")).hasSize(2);
        assertThat(mutants.onlyIn("twoSteps").getDescription()).contains("lets go of the lock before this line");
    }

    @Test
    void theLockIsLetGoAndTakenAgainBetweenTheTwoLines() {
        var mutation = mutants.onlyIn("twoSteps");

        assertThat(mutants.instructions(mutation, "twoSteps"))
                .containsSubsequence("MONITORENTER", "INVOKESTATIC note", "MONITOREXIT", "MONITORENTER",
                        "INVOKESTATIC note", "MONITOREXIT");
    }

    @Test
    void theMutantStillHoldsTheLockForEachLineAndReleasesItAtTheEnd() throws Exception {
        Object mutant = mutants.instance(mutants.onlyIn("twoSteps"));
        Held.NOTES.clear();

        Mutants.call(mutant, "twoSteps");

        assertThat(Held.NOTES).containsExactly(true, true);
        assertThat(Thread.holdsLock(Held.LOCK)).isFalse();
    }
}
