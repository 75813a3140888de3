package ex05;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.probe.Awaited;
import grader.probe.Rendezvous;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The manager under load: many workers change the moods of the manager's shared list for a
 * while, and every count must come out exact. It grades the manager, which must run all the
 * workers at the same time and lose no work. Whether a mood itself is safe is for the model
 * checker to find ({@link MoodInterleavingTest}): a stress loop shows a race only now and then,
 * so a racy mood would earn these points in one run and lose them in the next.
 */
class MoodManagerStressTest {

    private static final int MOODS = 3;
    private static final int CHEERING = 6;
    private static final int SADDENING = 2;
    private static final int ROUNDS = 20_000;

    @Graded(points = 2, deadlineSeconds = 60,
            en = "many workers changing the shared list of moods at the same time leave exact final counts",
            es = "muchos trabajadores que cambian a la vez la lista compartida de estados de ánimo dejan cuentas finales exactas")
    void manyWorkersLeaveExactCounts() throws InterruptedException {
        MoodManager manager = new MoodManager(MOODS);
        Awaited awaited = Awaited.byThisThread();
        Rendezvous together = new Rendezvous(CHEERING + SADDENING);
        List<Consumer<Mood>> workers = new ArrayList<>();
        for (int i = 0; i < CHEERING; i++) {
            workers.add(MoodManagerTest.arriving(awaited, meetingFirst(together, Mood::cheerUp)));
        }
        for (int i = 0; i < SADDENING; i++) {
            workers.add(MoodManagerTest.arriving(awaited, meetingFirst(together, Mood::sadden)));
        }

        manager.runTogether(workers, ROUNDS);

        awaited.assertWaitedFor(MoodManagerTest.JOIN_EVERY_WORKER_EN, MoodManagerTest.JOIN_EVERY_WORKER_ES);
        together.assertAllMet(Thread.currentThread(),
                "Are all the workers' threads started before waiting for any of them?",
                "¿Se arrancan los hilos de todos los trabajadores antes de esperar a ninguno?");
        int joy = (CHEERING - SADDENING) * ROUNDS;
        assertThat(manager.snapshots())
                .as(localized("every mood after %d workers cheering up and %d saddening, %d rounds each: "
                                + "a count that is off means changes were lost",
                        "cada estado tras %d trabajadores alegrando y %d entristeciendo, %d rondas cada uno: "
                                + "una cuenta que no cuadra significa que se perdieron cambios",
                        CHEERING, SADDENING, ROUNDS))
                .isEqualTo(Collections.nCopies(MOODS, new MoodSnapshot(joy, -joy)));
    }

    /**
     * The change, preceded the first time by a stop at the rendezvous: it proves the workers run
     * at the same time. Each change holds the mood's monitor, so the final counts are exact
     * whatever the mood does inside, and depend on the manager alone. Each worker is used by one
     * thread, so its flag needs no lock.
     */
    private static Consumer<Mood> meetingFirst(Rendezvous together, Consumer<Mood> change) {
        boolean[] arrived = {false};
        return mood -> {
            if (!arrived[0]) {
                arrived[0] = true;
                together.arrive();
            }
            synchronized (mood) {
                change.accept(mood);
            }
        };
    }
}
