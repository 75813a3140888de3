// MISTAKE: a worker asks its queue again and again with poll() until a number is there, burning a core while it waits.
// REPLACES: ex06/Pipeline.java
// CAUGHT BY: PipelineConcurrencyTest#waitingThreadsDoNotBusyWait
package ex06;

import java.util.ArrayList;
import java.util.List;
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
    }

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
                for (Message message = poll(in); !message.endOfStream(); message = poll(in)) {
                    out.put(Message.of(apply(stage, message.value())));
                }
                if (working.decrementAndGet() == 0) {
                    putEndOfStream(out, readersOfOut);
                }
            });
        }
    }

    private static Message poll(BlockingQueue<Message> in) {
        Message message = in.poll();
        while (message == null) {
            message = in.poll();
        }
        return message;
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
}
