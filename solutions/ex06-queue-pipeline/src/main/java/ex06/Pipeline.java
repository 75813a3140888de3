package ex06;

// BEGIN SOLUTION
import java.util.ArrayList;
// END SOLUTION
import java.util.List;
// BEGIN SOLUTION
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
// END SOLUTION

/**
 * Two stages that work at the same time, connected by bounded queues: the Java version of the
 * lecture's {@code Queue} example (square, then add 10), without its two problems. The lecture
 * runs the stages one after the other (it joins the first process before it starts the second),
 * and it decides how many numbers to take with {@code qsize()}, which is out of date as soon as
 * another process puts or takes.
 *
 * <pre>
 * input ─▶ feeder ─▶ [queue] ─▶ first stage ─▶ [queue] ─▶ second stage ─▶ [queue] ─▶ collector ─▶ output
 * </pre>
 *
 * <p>Every queue holds at most {@code capacity} messages, so a fast stage waits for a slow one
 * instead of filling the memory. The end of the input is an explicit message, not a count.
 */
public final class Pipeline {

    private final Stage first;
    private final Stage second;
    private final int capacity;

    /**
     * @param capacity how many messages each queue holds at most; at least 1
     */
    public Pipeline(Stage first, Stage second, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a queue needs a capacity of at least 1: " + capacity);
        }
        this.first = first;
        this.second = second;
        this.capacity = capacity;
    }

    /**
     * Runs every number of {@code input} through the first stage and then the second, both
     * stages working at the same time, and returns the results. With one worker per stage the
     * results are in input order; with more, in any order. Every thread the call starts has ended
     * when it returns or throws.
     *
     * @throws IllegalStateException when a stage's function threw: the pipeline stops, and that
     *                               exception is the cause
     * @throws InterruptedException  when interrupted while waiting; the pipeline stops too
     */
    public List<Long> process(List<Long> input) throws InterruptedException {
        // BEGIN SOLUTION
        BlockingQueue<Message> toFirst = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Message> toSecond = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Message> toCollector = new ArrayBlockingQueue<>(capacity);
        List<Long> output = new ArrayList<>(); // written by the collector only, read once it has finished

        int tasks = 1 + first.workers() + second.workers() + 1;
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        CompletionService<Void> finished = new ExecutorCompletionService<>(threads);
        try {
            start(finished, () -> feed(input, toFirst, first.workers()));
            startWorkers(finished, first, toFirst, toSecond, second.workers());
            startWorkers(finished, second, toSecond, toCollector, 1);
            start(finished, () -> collect(toCollector, output));
            for (int i = 0; i < tasks; i++) {
                rethrowFailure(finished.take()); // the first failure, in any thread, ends the wait
            }
            return output;
        } finally {
            threads.shutdownNow(); // interrupts the threads still waiting on a queue: only after a failure
            threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
        // END SOLUTION
        /* STUB
        // TODO 1  Create three bounded queues of `capacity`: input to the first stage, first stage to
        //         second, second stage to you. What travels through them is a number, or an
        //         end-of-stream mark that follows the last number (a small record of your own).
        //         Crea tres colas acotadas de `capacity`: de la entrada a la primera etapa, de la
        //         primera a la segunda y de la segunda a ti. Por ellas viaja un número o una marca de
        //         fin de flujo que sigue al último número (un pequeño record tuyo).
        // TODO 2  Start, all at the same time: a feeder that puts every input number and then one
        //         mark per worker of the first stage; first.workers() threads for the first stage and
        //         second.workers() for the second. A worker takes, applies the function and puts,
        //         until it takes a mark. The LAST worker of a stage to stop puts one mark per worker
        //         of the next stage (one for the collector after the second stage).
        //         Arranca, todo a la vez: un alimentador que pone cada número de entrada y después una
        //         marca por cada trabajador de la primera etapa; first.workers() hilos para la primera
        //         etapa y second.workers() para la segunda. Un trabajador saca, aplica la función y
        //         pone, hasta que saca una marca. El ÚLTIMO trabajador de una etapa en parar pone una
        //         marca por cada trabajador de la etapa siguiente (una para el colector tras la segunda).
        // TODO 3  Collect the results until the end-of-stream mark, and return them once every thread
        //         has ended. If a stage's function throws, stop every thread (interrupt them) and throw
        //         an IllegalStateException that names the stage, with that exception as its cause.
        //         Recoge los resultados hasta la marca de fin, y devuélvelos cuando todos los hilos
        //         hayan terminado. Si la función de una etapa lanza una excepción, detén todos los
        //         hilos (interrúmpelos) y lanza una IllegalStateException que nombre la etapa, con esa
        //         excepción como causa.
        throw new UnsupportedOperationException("TODO: Pipeline.process");
        */
    }
    // BEGIN SOLUTION

    /** What travels through the queues: a number, or the end-of-stream mark after the last one. */
    private record Message(long value, boolean endOfStream) {
        static final Message END_OF_STREAM = new Message(0, true);

        static Message of(long value) {
            return new Message(value, false);
        }
    }

    /** A pipeline thread's job; it may be interrupted while it waits on a queue. */
    @FunctionalInterface
    private interface Task {
        void run() throws InterruptedException;
    }

    private static void start(CompletionService<Void> finished, Task task) {
        finished.submit(() -> {
            task.run();
            return null;
        });
    }

    private static void feed(List<Long> input, BlockingQueue<Message> out, int readers) throws InterruptedException {
        for (long value : input) {
            out.put(Message.of(value));
        }
        putEndOfStream(out, readers);
    }

    /**
     * Starts the stage's workers. The last one to stop, and only that one, passes the end of the
     * stream on: the others may still be putting their last results when the first one stops.
     */
    private static void startWorkers(CompletionService<Void> finished, Stage stage, BlockingQueue<Message> in,
                                     BlockingQueue<Message> out, int readersOfOut) {
        AtomicInteger working = new AtomicInteger(stage.workers());
        for (int i = 0; i < stage.workers(); i++) {
            start(finished, () -> {
                for (Message message = in.take(); !message.endOfStream(); message = in.take()) {
                    out.put(Message.of(apply(stage, message.value())));
                }
                if (working.decrementAndGet() == 0) {
                    putEndOfStream(out, readersOfOut);
                }
            });
        }
    }

    private static long apply(Stage stage, long value) {
        try {
            return stage.function().applyAsLong(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stage \"" + stage.name() + "\" failed on " + value, e);
        }
    }

    private static void putEndOfStream(BlockingQueue<Message> out, int readers) throws InterruptedException {
        for (int i = 0; i < readers; i++) {
            out.put(Message.END_OF_STREAM);
        }
    }

    private static void collect(BlockingQueue<Message> in, List<Long> output) throws InterruptedException {
        for (Message message = in.take(); !message.endOfStream(); message = in.take()) {
            output.add(message.value());
        }
    }

    /** Rethrows what a pipeline thread threw; the caller's finally block then stops the others. */
    private static void rethrowFailure(Future<Void> task) throws InterruptedException {
        try {
            task.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            throw new IllegalStateException("a pipeline thread failed", failure);
        }
    }
    // END SOLUTION
}
