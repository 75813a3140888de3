package ex07;

import java.io.IOException;
// BEGIN SOLUTION
import java.io.InputStream;
import java.io.OutputStream;
// END SOLUTION
import java.util.List;
// BEGIN SOLUTION
import java.util.function.LongUnaryOperator;
// END SOLUTION

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

    // BEGIN SOLUTION
    /** How much of a child's standard error to keep for the error message. */
    private static final int STDERR_TAIL_BYTES = 4096;

    // END SOLUTION
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
        // BEGIN SOLUTION
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
        // END SOLUTION
        /* STUB
        // TODO 1  Start both children with ProcessBuilder (ChildCommand.command() is the command line).
        //         Arranca los dos hijos con ProcessBuilder (ChildCommand.command() es la línea de órdenes).
        // TODO 2  Give every pipe a thread of its own, all of them started before you wait for anything:
        //         - a feeder writes the input to the first child's standard input (NumberLines.writeAll)
        //           and then CLOSES it: that is how the child learns that the input has ended;
        //         - a relay copies the first child's standard output to the second's standard input
        //           (InputStream.transferTo) and then closes the second's standard input;
        //         - one drainer per child copies its standard error into a TailBuffer.
        //         Da a cada tubería un hilo propio, todos arrancados antes de esperar nada:
        //         - un alimentador escribe la entrada en la entrada estándar del primer hijo
        //           (NumberLines.writeAll) y después la CIERRA: así sabe el hijo que la entrada terminó;
        //         - un relevo copia la salida estándar del primer hijo en la entrada estándar del segundo
        //           (InputStream.transferTo) y después cierra la entrada estándar del segundo;
        //         - un drenador por hijo copia su salida de error en un TailBuffer.
        // TODO 3  On this thread, read the second child's standard output until its end
        //         (NumberLines.readAll). Then wait for each child; if one exited with a status other
        //         than 0, throw a ChildFailedException with the end of its standard error.
        //         En este hilo, lee la salida estándar del segundo hijo hasta su fin (NumberLines.readAll).
        //         Después espera a cada hijo; si alguno terminó con un estado distinto de 0, lanza una
        //         ChildFailedException con el final de su salida de error.
        // TODO 4  Whatever happens, leave no child alive: in a finally block, destroyForcibly() each one
        //         that is still running and wait for it.
        //         Pase lo que pase, no dejes ningún hijo vivo: en un bloque finally, destroyForcibly() a
        //         cada uno que siga en marcha y espera a que termine.
        throw new UnsupportedOperationException("TODO: ProcessPipeline.run");
        */
    }
    // BEGIN SOLUTION

    /** A stage's running child process, and the thread that drains its standard error into a tail. */
    private static final class Child implements AutoCloseable {
        private final ChildCommand command;
        private final Process process;
        private final TailBuffer stderr = new TailBuffer(STDERR_TAIL_BYTES);
        private final Pump stderrDrainer;

        private Child(ChildCommand command, Process process) {
            this.command = command;
            this.process = process;
            this.stderrDrainer = Pump.start(command.name() + " stderr", () -> {
                try (InputStream errors = process.getErrorStream()) {
                    errors.transferTo(stderr);
                }
            });
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
    // END SOLUTION
}
