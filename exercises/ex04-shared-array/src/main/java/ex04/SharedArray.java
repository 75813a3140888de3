package ex04;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

/**
 * Several threads transform one array in place, each its own slice: the threads' version of the
 * lecture's {@code multiprocessing.Array} filled by four {@code Process}es.
 *
 * <p>Threads of one JVM share its heap, so the array needs no special kind of memory. The slices
 * do not overlap, so no two threads ever write the same element and no lock is needed; after
 * {@code join()} returns, everything the worker wrote is visible to the thread that joined it.
 */
public final class SharedArray {

    private SharedArray() {
    }

    /**
     * Replaces every element {@code x} of {@code values} with {@code f(x)}, in place, using
     * {@code workers} threads that each transform one slice ({@link Slice#of}) of the array.
     *
     * @throws IllegalArgumentException when {@code workers < 1}
     * @throws IllegalStateException    when {@code f} threw in a worker; the exception {@code f}
     *                                  threw is its cause
     * @throws InterruptedException     when interrupted while waiting for the workers
     */
    public static void transformInPlace(int[] values, int workers, IntUnaryOperator f) throws InterruptedException {
        // TODO 1  Reject workers < 1 with an IllegalArgumentException whose message names the value.
        //         Rechaza workers < 1 con una IllegalArgumentException cuyo mensaje diga el valor.
        // TODO 2  Start one Thread per slice, Slice.of(values.length, workers, k), that replaces
        //         each element of its slice with f.applyAsInt(element). Then join() them all.
        //         Arranca un Thread por porción, Slice.of(values.length, workers, k), que sustituya
        //         cada elemento de su porción por f.applyAsInt(elemento). Después haz join() de todos.
        // TODO 3  If f threw in a worker, throw an IllegalStateException with it as the cause:
        //         catch it with the thread's setUncaughtExceptionHandler.
        //         Si f lanzó una excepción en un hilo, lanza una IllegalStateException con ella como
        //         causa: atrápala con setUncaughtExceptionHandler del hilo.
        throw new UnsupportedOperationException("TODO: SharedArray.transformInPlace");
    }
}
