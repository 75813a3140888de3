package ex07;

import java.io.IOException;
import java.util.function.LongUnaryOperator;

/**
 * A test stage that first writes 1 MiB to its standard error, then copies its input to its
 * output. Nobody reading its standard error blocks it once the pipe is full (64 KiB on Linux).
 */
public final class NoisyChild {

    static final int STDERR_BYTES = 1 << 20;

    private NoisyChild() {
    }

    public static void main(String[] args) throws IOException {
        byte[] line = "progress: still working, nothing to worry about\n".getBytes();
        for (int written = 0; written < STDERR_BYTES; written += line.length) {
            System.err.write(line);
        }
        System.err.flush();
        NumberLines.transform(System.in, System.out, LongUnaryOperator.identity());
    }
}
