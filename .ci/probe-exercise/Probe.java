package ex99;

/** A counter that several threads increment at the same time. */
public final class Probe {

    /** Guarded by this. */
    private int count;

    /** Adds one, in one indivisible step. */
    public void increment() {
        // BEGIN SOLUTION
        synchronized (this) {
            count++;
        }
        // END SOLUTION
        /* STUB
        // TODO  Make count++ one indivisible step.
        //       Haz que count++ sea un único paso indivisible.
        throw new UnsupportedOperationException("TODO: Probe.increment");
        */
    }

    public synchronized int count() {
        return count;
    }
}
