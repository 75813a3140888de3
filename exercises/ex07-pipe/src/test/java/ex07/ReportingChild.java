package ex07;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongUnaryOperator;

/**
 * A test stage that copies its input to its output and, once its input has ended, writes its
 * process id to the file named by its argument. No file means it never saw the end of its input.
 */
public final class ReportingChild {

    private ReportingChild() {
    }

    public static void main(String[] args) throws IOException {
        NumberLines.transform(System.in, System.out, LongUnaryOperator.identity());
        Files.writeString(Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
    }
}
