// MISTAKE: each counter is an AtomicInteger: no update is lost, but the pair still changes in two steps.
// REPLACES: ex05/Mood.java
// CAUGHT BY: MoodInterleavingTest#everySnapshotIsConsistent
package ex05;

import java.util.concurrent.atomic.AtomicInteger;

public final class Mood {

    private final AtomicInteger joy = new AtomicInteger();
    private final AtomicInteger sadness = new AtomicInteger();

    public void cheerUp() {
        joy.incrementAndGet();
        sadness.decrementAndGet();
    }

    public void sadden() {
        sadness.incrementAndGet();
        joy.decrementAndGet();
    }

    public MoodSnapshot snapshot() {
        return new MoodSnapshot(joy.get(), sadness.get());
    }
}
