package ex05;

import grader.Graded;
import grader.race.Interleavings;

/**
 * The two bugs of the lecture's {@code Alegria}, looked for in every interleaving of a few
 * threads: a stress loop catches them only now and then, the model checker every time, and it
 * shows the student the interleaving that breaks the mood.
 */
class MoodInterleavingTest {

    /** The mood the scenario's threads share: a field, so the model checker sees every access. */
    private static Mood shared;
    /** What the observing thread saw. */
    private static MoodSnapshot observed;

    @Graded(points = 4, deadlineSeconds = 120,
            en = "two threads that cheer up the same mood at the same time never lose an update",
            es = "dos hilos que alegran el mismo estado de ánimo a la vez nunca pierden una actualización")
    void concurrentChangesAreNeverLost() {
        Interleavings.of(() -> {
                    shared = new Mood();
                    Interleavings.runTogether(() -> shared.cheerUp(), () -> shared.cheerUp());
                    MoodSnapshot after = shared.snapshot();
                    if (after.joy() != 2 || after.sadness() != -2) {
                        throw new AssertionError("after two cheerUp() calls: " + after);
                    }
                })
                .hint("An update was lost: joy++ reads, adds and writes in three steps. "
                                + "Is each change of the mood one indivisible step?",
                        "Se perdió una actualización: joy++ lee, suma y escribe en tres pasos. "
                                + "¿Es cada cambio del estado de ánimo un único paso indivisible?")
                .assertAlwaysHolds(
                        "two threads that call cheerUp() once each on a new mood leave it at joy 2 and sadness -2",
                        "dos hilos que llaman una vez cada uno a cheerUp() sobre un estado nuevo lo dejan con "
                                + "alegría 2 y tristeza -2");
    }

    @Graded(points = 4, deadlineSeconds = 120,
            en = "no snapshot ever shows joy + sadness != 0, not even while other threads change the mood",
            es = "ninguna instantánea muestra nunca alegría + tristeza != 0, ni siquiera mientras otros hilos cambian el estado")
    void everySnapshotIsConsistent() {
        Interleavings.of(() -> {
                    shared = new Mood();
                    observed = null;
                    Interleavings.runTogether(
                            () -> shared.cheerUp(), () -> shared.sadden(), () -> observed = shared.snapshot());
                    if (observed.joy() + observed.sadness() != 0) {
                        throw new AssertionError("snapshot taken during the changes: " + observed);
                    }
                })
                .hint("The snapshot saw a change halfway. Do both counters change in one step, "
                                + "and does snapshot() read both in one step?",
                        "La instantánea vio un cambio a medias. ¿Cambian los dos contadores en un solo paso, "
                                + "y los lee snapshot() en un solo paso?")
                .assertAlwaysHolds(
                        "a snapshot taken while one thread cheers up and another saddens the mood has joy + sadness = 0",
                        "una instantánea tomada mientras un hilo alegra y otro entristece el estado tiene "
                                + "alegría + tristeza = 0");
    }
}
