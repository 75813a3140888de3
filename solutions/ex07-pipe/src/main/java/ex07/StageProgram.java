package ex07;

import java.io.IOException;
import java.util.function.LongUnaryOperator;

/**
 * A stage as a program of its own, started as a child process: it reads numbers from its
 * standard input, one per line, and writes the results to its standard output as it goes,
 * until its input ends. Then it exits with status 0.
 *
 * <pre>
 * java ex07.StageProgram square      # x*x
 * java ex07.StageProgram add 10      # x + 10
 * </pre>
 *
 * <p>Anything wrong (bad arguments, a line that is not a number) ends it with an exception:
 * the JVM prints it to standard error and exits with status 1.
 */
public final class StageProgram {

    private StageProgram() {
    }

    public static void main(String[] args) throws IOException {
        NumberLines.transform(System.in, System.out, function(args));
    }

    /** The function that the arguments name: {@code square}, or {@code add N}. */
    static LongUnaryOperator function(String... args) {
        if (args.length == 1 && args[0].equals("square")) {
            return x -> x * x;
        }
        if (args.length == 2 && args[0].equals("add")) {
            long value = Long.parseLong(args[1]);
            return x -> x + value;
        }
        throw new IllegalArgumentException("usage: StageProgram square | StageProgram add N; got "
                + String.join(" ", args));
    }
}
