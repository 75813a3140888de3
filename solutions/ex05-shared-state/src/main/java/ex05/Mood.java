package ex05;

/**
 * A mood with two counters that always add up to zero: the Java version of the lecture's
 * {@code Alegria}. Cheering up moves one unit from sadness to joy; saddening moves it back.
 *
 * <p>Several threads change the same mood at the same time. Invariant: every state another
 * thread can observe has {@code joy + sadness == 0}, and no change is ever lost.
 */
public final class Mood {
    // BEGIN SOLUTION

    /**
     * Guards {@link #joy} and {@link #sadness} together: every read and write of either counter
     * holds it, so each change is one indivisible step and a snapshot sees both counters of the
     * same moment. A private lock, so no other code can hold it and stall the moods.
     */
    private final Object lock = new Object();
    // END SOLUTION
    /* STUB
    // TODO 1  This is the lecture's Alegria as it is: right on one thread, wrong on several.
    //         Make it thread-safe with ONE of the two designs of the statement (README):
    //         (a) one lock that guards both counters, held by every method that reads or writes them;
    //         (b) an immutable MoodSnapshot in an AtomicReference, replaced in one step by updateAndGet.
    //         Esta es la Alegria de la clase tal cual: correcta con un hilo, incorrecta con varios.
    //         Hazla segura entre hilos con UNO de los dos diseños del enunciado (README):
    //         (a) un cerrojo que protege ambos contadores, tomado en todo método que los lee o escribe;
    //         (b) un MoodSnapshot inmutable en una AtomicReference, sustituido de un paso con updateAndGet.
    */

    private int joy;
    private int sadness;

    /** Moves one unit from sadness to joy: the lecture's {@code estoyalegre}. */
    public void cheerUp() {
        // BEGIN SOLUTION
        synchronized (lock) {
            joy++;
            sadness--;
        }
        // END SOLUTION
        /* STUB
        // TODO 2  joy++ is three steps (read, add, write): two threads can read the same value and
        //         one update is lost. And between the two lines another thread sees joy + sadness != 0.
        //         joy++ son tres pasos (leer, sumar, escribir): dos hilos pueden leer el mismo valor y
        //         se pierde una actualización. Y entre las dos líneas otro hilo ve joy + sadness != 0.
        joy++;
        sadness--;
        */
    }

    /** Moves one unit from joy to sadness: the lecture's {@code estoytriste}. */
    public void sadden() {
        // BEGIN SOLUTION
        synchronized (lock) {
            sadness++;
            joy--;
        }
        // END SOLUTION
        /* STUB
        // TODO 3  The same two bugs as cheerUp.
        //         Los mismos dos fallos que cheerUp.
        sadness++;
        joy--;
        */
    }

    /** Both counters as they were at one moment, never halfway through a change. */
    public MoodSnapshot snapshot() {
        // BEGIN SOLUTION
        synchronized (lock) {
            return new MoodSnapshot(joy, sadness);
        }
        // END SOLUTION
        /* STUB
        // TODO 4  Reading the two counters is two steps too: a change may happen in between.
        //         Leer los dos contadores también son dos pasos: un cambio puede ocurrir entre ambos.
        return new MoodSnapshot(joy, sadness);
        */
    }
}
