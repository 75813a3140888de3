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
        // BEGIN SOLUTION
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Range[] parts = new Range(from, to).split(threads);

        // Each worker writes only its own slot; join() makes the writes visible to this thread.
        long[] partialSums = new long[threads];
        Throwable[] failures = new Throwable[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int part = i;
            workers[i] = new Thread(() -> {
                try {
                    partialSums[part] = sumOf(parts[part], work);
                } catch (RuntimeException | Error e) {
                    failures[part] = e;
                }
            }, "sum-part-" + i);
        }
        for (Thread worker : workers) {
            worker.start(); // all parts run at the same time...
        }
        for (Thread worker : workers) {
            joinUninterruptibly(worker); // ...and only then do we wait for them
        }

        long total = 0;
        for (int i = 0; i < threads; i++) {
            if (failures[i] != null) {
                throw new IllegalStateException("the worker for " + parts[i] + " failed", failures[i]);
            }
            total += partialSums[i];
        }
        return total;
        // END SOLUTION
        /* STUB
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
        */
    }
    // BEGIN SOLUTION

    private static long sumOf(Range part, LongUnaryOperator work) {
        long sum = 0;
        for (long i = part.from(); i < part.to(); i++) {
            sum += work.applyAsLong(i);
        }
        return sum;
    }

    /** Waits for the worker even if interrupted, then restores the interrupt for the caller. */
    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
    // END SOLUTION
}
