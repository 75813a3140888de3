package ex99;

import grader.Graded;
import grader.race.Interleavings;

class ProbeInterleavingTest {

    /** The scenario's counter: a field, so the model checker sees every access. */
    private static Probe shared;

    @Graded(points = 2, deadlineSeconds = 120,
            en = "two threads that increment at the same time count two",
            es = "dos hilos que incrementan a la vez cuentan dos")
    void twoIncrementsCountTwo() {
        Interleavings.of(() -> {
                    shared = new Probe();
                    Interleavings.runTogether(() -> shared.increment(), () -> shared.increment());
                    if (shared.count() != 2) {
                        throw new AssertionError("count: " + shared.count());
                    }
                })
                .hint("Is count++ one indivisible step?", "¿Es count++ un único paso indivisible?")
                .assertAlwaysHolds("two increments count two", "dos incrementos cuentan dos");
    }
}
