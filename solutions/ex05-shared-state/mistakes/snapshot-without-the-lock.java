// MISTAKE: the changes hold the lock but snapshot() does not ("it only reads"), so it can read the two counters of two different moments.
// REPLACES: ex05/Mood.java
// CAUGHT BY: MoodInterleavingTest#everySnapshotIsConsistent
package ex05;

public final class Mood {

    private final Object lock = new Object();
    private int joy;
    private int sadness;

    public void cheerUp() {
        synchronized (lock) {
            joy++;
            sadness--;
        }
    }

    public void sadden() {
        synchronized (lock) {
            sadness++;
            joy--;
        }
    }

    public MoodSnapshot snapshot() {
        return new MoodSnapshot(joy, sadness);
    }
}
