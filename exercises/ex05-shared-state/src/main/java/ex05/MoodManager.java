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
        // TODO 5  Start one thread per worker, all of them before waiting for any; then join them all.
        //         Each thread applies its worker to every mood of the list, `rounds` times over.
        //         If a worker threw, throw an IllegalStateException with its exception as the cause.
        //         Arranca un hilo por trabajador, todos antes de esperar a ninguno; luego espéralos a todos.
        //         Cada hilo aplica su trabajador a cada estado de ánimo de la lista, `rounds` veces.
        //         Si un trabajador lanzó una excepción, lanza una IllegalStateException con ella como causa.
        throw new UnsupportedOperationException("TODO: MoodManager.runTogether");
    }

    /** A consistent snapshot of every mood, in list order. */
    public List<MoodSnapshot> snapshots() {
        return moods.stream().map(Mood::snapshot).toList();
    }
}
