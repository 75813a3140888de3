package ex07;

import java.io.IOException;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Two stages in one JVM connected by a pipe: the first stage writes its results into one end,
 * the second reads them from the other end. A pipe holds only a little data (1 KiB for a
 * {@code PipedInputStream} by default), so the writer and the reader must run at the same time,
 * on different threads: a thread that writes everything before it reads waits forever for a
 * reader that never comes.
 */
public final class PipedStages {

    private PipedStages() {
    }

    /**
     * Returns {@code second(first(x))} for every {@code x} of {@code input}, in order. The first
     * stage runs on a thread of its own and writes {@code first(x)} into a pipe, one number per
     * line ({@link NumberLines#writeAll}); the calling thread is the second stage, which reads the
     * pipe until its end and applies {@code second} ({@link NumberLines#readAll}).
     *
     * @throws IOException when the pipe fails
     * @throws RuntimeException what {@code first} or {@code second} threw
     * @throws InterruptedException when interrupted while waiting for the first stage
     */
    public static List<Long> run(List<Long> input, LongUnaryOperator first, LongUnaryOperator second)
            throws IOException, InterruptedException {
        // TODO 1  Connect a PipedInputStream to a PipedOutputStream.
        //         Conecta un PipedInputStream a un PipedOutputStream.
        // TODO 2  Start a thread for the first stage: it writes first(x) for every input number into the
        //         pipe (NumberLines.writeAll) and then CLOSES its end: that is the reader's end of stream.
        //         Arranca un hilo para la primera etapa: escribe first(x) de cada número de la entrada en la
        //         tubería (NumberLines.writeAll) y después CIERRA su extremo: ese es el fin del flujo del lector.
        // TODO 3  On this thread, be the second stage: read the pipe until its end, applying second
        //         (NumberLines.readAll). Then join the first stage and rethrow what it threw, if anything.
        //         En este hilo, haz de segunda etapa: lee la tubería hasta su fin aplicando second
        //         (NumberLines.readAll). Después espera a la primera etapa y relanza lo que lanzó, si lanzó algo.
        throw new UnsupportedOperationException("TODO: PipedStages.run");
    }
}
