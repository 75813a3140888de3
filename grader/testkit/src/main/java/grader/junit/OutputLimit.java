package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.GraderProperties;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Caps what a test JVM prints, {@code -Dgrader.maxOutputBytes} (default 1 MiB) on each of
 * {@code System.out} and {@code System.err}: a submission that prints megabytes neither fills the
 * disk with Surefire's report files nor slows the run, and the rest is replaced by one line that
 * says so. Registered as a JUnit Platform listener, it wraps the streams Surefire installed.
 */
public final class OutputLimit implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        long limit = GraderProperties.maxOutputBytes();
        System.setOut(capped(System.out, limit));
        System.setErr(capped(System.err, limit));
    }

    private static PrintStream capped(PrintStream stream, long limit) {
        // Surefire's streams encode text with the default charset too, so bytes pass through unchanged.
        return new PrintStream(new Capped(stream, limit), true, Charset.defaultCharset());
    }

    /** Passes on the first {@code limit} bytes, then one notice, then nothing. */
    private static final class Capped extends FilterOutputStream {

        private final long limit;
        private long written;

        Capped(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            long room = limit - written;
            if (room > 0) {
                out.write(bytes, offset, (int) Math.min(room, length));
                if (length >= room) {
                    out.write(notice());
                    out.flush();
                }
            }
            written += length;
        }

        private byte[] notice() {
            return localized("%n[grader] more than %d bytes printed: the rest of this test class's output is left out%n",
                    "%n[calificador] se imprimieron más de %d bytes: el resto de la salida de esta clase de pruebas "
                            + "se omite%n", limit).getBytes(Charset.defaultCharset());
        }
    }
}
