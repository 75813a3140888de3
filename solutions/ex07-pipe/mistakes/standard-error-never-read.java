// MISTAKE: nobody reads the children's standard error: a child that writes a lot to it blocks, and a failing child's last words are lost.
// REPLACES: ex07/ProcessPipeline.java
// CAUGHT BY: ProcessPipelineTest#childrenFloodingTheirStandardErrorAreNotBlocked ProcessPipelineTest#aFailingChildMakesTheCallThrowWithItsStandardError
package ex07;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Two stages as two child processes, as in the lecture's {@code Pipe} example: this process
 * sends the numbers to the first child, relays what the first child writes to the second, and
 * reads the results from the second.
 *
 * <pre>
 *          stdin ┌───────┐ stdout         stdin ┌────────┐ stdout
 *  feeder ──────▶│ first │──────▶ relay ───────▶│ second │──────▶ the calling thread
 *                └───────┘                      └────────┘
 *                    └─ stderr ─▶ its drainer       └─ stderr ─▶ its drainer
 * </pre>
 *
 * <p>The deadlock to avoid, the lecture's "abrazo de la muerte": a pipe holds only a few KiB
 * (64 on Linux). A parent that writes all of its input before it reads any output blocks as soon
 * as the child, which writes while it reads, has filled its output pipe: the child waits for the
 * parent to read, and the parent waits for the child to read. The same happens when nobody reads
 * a child's standard error. So every pipe has a thread of its own that keeps it moving.
 */
public final class ProcessPipeline {

    /** How much of a child's standard error to keep for the error message. */
    private static final int STDERR_TAIL_BYTES = 4096;

    private final ChildCommand first;
    private final ChildCommand second;

    public ProcessPipeline(ChildCommand first, ChildCommand second) {
        this.first = first;
        this.second = second;
    }

    /**
     * Sends every number of {@code input} through the first child and then the second, and
     * returns what the second one writes, in order. Both children have ended when this method
     * returns or throws.
     *
     * @throws ChildFailedException when a child exits with a status other than 0; it carries the
     *                              end of that child's standard error
     * @throws IOException          when starting a child or moving the data fails otherwise
     * @throws InterruptedException when interrupted while waiting; both children are then destroyed
     */
    public List<Long> run(List<Long> input) throws IOException, InterruptedException {
        try (Child firstChild = Child.start(first); Child secondChild = Child.start(second)) {
            Pump feeder = Pump.start("feed " + first.name(), () -> {
                try (OutputStream stdin = firstChild.process.getOutputStream()) { // closing it ends the child's input
                    NumberLines.writeAll(input, LongUnaryOperator.identity(), stdin);
                }
            });
            Pump relay = Pump.start("relay " + first.name() + " to " + second.name(), () -> {
                try (InputStream from = firstChild.process.getInputStream();
                     OutputStream to = secondChild.process.getOutputStream()) {
                    from.transferTo(to);
                }
            });
            List<Long> output = NumberLines.readAll(secondChild.process.getInputStream(), LongUnaryOperator.identity());
            // Its output ended, so the second child is ending. The relay ends with the first child's
            // output, which it drains to the end; by then the first child is ending too.
            secondChild.awaitSuccess();
            relay.awaitEnd();
            firstChild.awaitSuccess();
            feeder.awaitEnd();
            return output;
        } // closing a child destroys it if it still runs: then the pumps on its pipes end too
    }

    /** A stage's running child process, and the thread that drains its standard error into a tail. */
    private static final class Child implements AutoCloseable {
        private final ChildCommand command;
        private final Process process;
        private final TailBuffer stderr = new TailBuffer(STDERR_TAIL_BYTES);
        private final Pump stderrDrainer;

        private Child(ChildCommand command, Process process) {
            this.command = command;
            this.process = process;
            this.stderrDrainer = Pump.start(command.name() + " stderr", () -> { });
        }

        static Child start(ChildCommand command) throws IOException {
            return new Child(command, new ProcessBuilder(command.command()).start());
        }

        /** Waits for the child to end; fails unless it exited with status 0. */
        void awaitSuccess() throws InterruptedException, ChildFailedException {
            int status = process.waitFor();
            if (status != 0) {
                stderrDrainer.awaitEndQuietly(); // its standard error closed when it ended: the tail is complete
                throw new ChildFailedException(command.name(), status, stderr.toString());
            }
        }

        /** Ends the child if it still runs, and waits until it has. */
        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly(); // does nothing to a child that has already ended
            process.waitFor();
            stderrDrainer.awaitEndQuietly();
        }
    }

    /** A daemon thread that keeps one pipe moving, and the exception that stopped it, if any. */
    private static final class Pump {
        private final Thread thread;
        private IOException failure; // written by the thread before it ends; read after join()

        private Pump(String name, PipeWork work) {
            thread = new Thread(() -> {
                try {
                    work.run();
                } catch (IOException e) {
                    failure = e;
                }
            }, name);
            thread.setDaemon(true);
        }

        static Pump start(String name, PipeWork work) {
            Pump pump = new Pump(name, work);
            pump.thread.start();
            return pump;
        }

        /** Waits for the pump to end; rethrows what stopped it. */
        void awaitEnd() throws InterruptedException, IOException {
            thread.join();
            if (failure != null) {
                throw failure;
            }
        }

        /** Waits for the pump to end, when its failure no longer matters. */
        void awaitEndQuietly() throws InterruptedException {
            thread.join();
        }
    }

    @FunctionalInterface
    private interface PipeWork {
        void run() throws IOException;
    }
}
