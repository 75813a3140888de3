package ex07;

import java.io.IOException;
import java.util.List;

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
    }
}
