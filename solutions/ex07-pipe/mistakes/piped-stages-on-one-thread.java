// MISTAKE: one thread writes everything into the pipe and only then reads it: the pipe holds 1 KiB, so the writer waits forever for a reader.
// REPLACES: ex07/PipedStages.java
// CAUGHT BY: PipedStagesTest#computesBothStagesInOrder PipedStagesTest#movesFourMebibytesWithoutDeadlock
package ex07;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
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
        PipedInputStream fromFirst = new PipedInputStream();
        try (PipedOutputStream toSecond = new PipedOutputStream(fromFirst)) {
            NumberLines.writeAll(input, first, toSecond);
        }
        return NumberLines.readAll(fromFirst, second);
    }
}
