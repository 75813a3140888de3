// MISTAKE: joins each thread right after starting it, so the slices are transformed one after another.
// REPLACES: ex04/SharedArray.java
// CAUGHT BY: SharedArrayTest#transformsAllSlicesAtTheSameTime
package ex04;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

public final class SharedArray {

    private SharedArray() {
    }

    public static void transformInPlace(int[] values, int workers, IntUnaryOperator f) throws InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int k = 0; k < workers; k++) {
            Slice slice = Slice.of(values.length, workers, k);
            Thread worker = new Thread(() -> {
                for (int i = slice.from(); i < slice.to(); i++) {
                    values[i] = f.applyAsInt(values[i]);
                }
            });
            worker.setUncaughtExceptionHandler((thread, thrown) -> failure.compareAndSet(null, thrown));
            worker.start();
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a worker failed", failure.get());
        }
    }
}
