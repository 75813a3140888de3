package ex01;

import java.util.function.LongUnaryOperator;

/**
 * Adds up {@code work(i)} for every {@code i} of a range, splitting the range into parts and
 * giving each part a thread of its own: the Java version of the lecture's {@code sumarLista}
 * run on four {@code threading.Thread}s.
 *
 * <p>Python's global interpreter lock lets only one thread compute at a time, so the lecture's
 * threads are no faster than one. Java threads run truly in parallel, one per core.
 */
public final class ParallelSum {

    private ParallelSum() {
    }

    /**
     * The sum of {@code work(i)} for every {@code i} in {@code [from, to)}, computed by
     * {@code threads} threads, each adding up one contiguous part of the range.
     *
     * @throws IllegalArgumentException when {@code threads < 1} or {@code from > to}
     * @throws IllegalStateException    when {@code work} threw in a worker thread; the exception
     *                                  thrown by {@code work} is its cause
     */
    public static long sum(long from, long to, int threads, LongUnaryOperator work) {
        // TODO 1  Reject threads < 1 with an IllegalArgumentException whose message names the value.
        //         Rechaza threads < 1 con una IllegalArgumentException cuyo mensaje diga el valor.
        // TODO 2  Split the range into `threads` parts: new Range(from, to).split(threads).
        //         Divide el rango en `threads` partes: new Range(from, to).split(threads).
        // TODO 3  Create one Thread per part that adds up work(i) over its part. start() them all,
        //         and only then join() them all.
        //         Crea un Thread por parte que sume work(i) en su parte. Llama a start() en todos
        //         y solo después a join() en todos.
        // TODO 4  If work threw in a worker, throw an IllegalStateException with it as the cause.
        //         Otherwise return the sum of the partial sums.
        //         Si work lanzó una excepción en un hilo, lanza una IllegalStateException con ella
        //         como causa. Si no, devuelve la suma de las sumas parciales.
        throw new UnsupportedOperationException("TODO: ParallelSum.sum");
    }
}
