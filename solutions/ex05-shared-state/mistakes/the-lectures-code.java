// MISTAKE: the lecture's Alegria as it is: joy++ and sadness-- with no lock, so updates get lost and snapshots see changes halfway.
// REPLACES: ex05/Mood.java
// CAUGHT BY: MoodInterleavingTest#concurrentChangesAreNeverLost MoodInterleavingTest#everySnapshotIsConsistent
package ex05;

public final class Mood {

    private int joy;
    private int sadness;

    public void cheerUp() {
        joy++;
        sadness--;
    }

    public void sadden() {
        sadness++;
        joy--;
    }

    public MoodSnapshot snapshot() {
        return new MoodSnapshot(joy, sadness);
    }
}
