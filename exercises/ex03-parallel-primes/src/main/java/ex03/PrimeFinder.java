package ex03;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * Finds the primes of a range by splitting it into chunks and mapping the chunks over a pool of
 * worker threads: the Java version of the lecture's
 * {@code multiprocessing.Pool().map(generarPrimos, rangos)}.
 *
 * <p>Trial division costs more for larger numbers, so equal chunks are not equal work: with one
 * chunk per worker, the worker with the last chunk is still busy long after the others went idle.
 * With more chunks than workers, a worker that finishes early takes the next chunk, and the work
 * evens out.
 */
public final class PrimeFinder {

    private PrimeFinder() {
    }

    /**
     * The primes {@code p} with {@code from <= p < to}, in ascending order, each tested with
     * {@code isPrime}. The range is split into {@code chunks} contiguous chunks whose sizes differ
     * by at most one, and the chunks are tested on a pool of {@code workers} threads.
     *
     * @throws IllegalArgumentException when {@code from > to}, {@code workers < 1} or {@code chunks < 1}
     * @throws IllegalStateException    when {@code isPrime} threw; the exception it threw is its cause
     */
    public static List<Integer> primesIn(int from, int to, int workers, int chunks, IntPredicate isPrime) {
        // TODO 1  Reject from > to, workers < 1 and chunks < 1 with an IllegalArgumentException
        //         whose message names the values.
        //         Rechaza from > to, workers < 1 y chunks < 1 con una IllegalArgumentException
        //         cuyo mensaje diga los valores.
        // TODO 2  Split [from, to) into `chunks` contiguous chunks whose sizes differ by at most
        //         one: chunk k starts at from + (to - from) * k / chunks. Compute in long: to - from
        //         and its products overflow an int.
        //         Divide [from, to) en `chunks` trozos contiguos cuyos tamaños difieran como mucho
        //         en uno: el trozo k empieza en from + (to - from) * k / chunks. Calcula en long:
        //         to - from y sus productos desbordan un int.
        // TODO 3  Make one task per chunk that returns the chunk's primes, run the tasks on a pool
        //         of `workers` threads (invokeAll is Python's Pool.map), append the chunks' lists
        //         in chunk order, and shut the pool down in a finally block.
        //         Crea una tarea por trozo que devuelva sus primos, ejecuta las tareas en un pool de
        //         `workers` hilos (invokeAll es el Pool.map de Python), añade las listas de los
        //         trozos en el orden de los trozos y apaga el pool en un bloque finally.
        throw new UnsupportedOperationException("TODO: PrimeFinder.primesIn");
    }

    /** How many chunks to split a range into for {@code workers} workers. */
    public static int chunksFor(int workers) {
        // TODO 4  The lecture gives each worker one chunk. Once primesIn works, read what the
        //         load-balance test reports and choose a better number of chunks.
        //         La clase da un trozo a cada trabajador. Cuando primesIn funcione, lee lo que
        //         informa la prueba de reparto de carga y elige un número de trozos mejor.
        return workers;
    }
}
