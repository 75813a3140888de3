package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.junit.ChildProcessTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Canaries for {@link ChildProcesses}: the classic pipe deadlock must end in a failure that names
 * the blocked writer, and no child may survive a test, whatever the code under test did.
 */
class ChildProcessesCanaryTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);
    /** Far more than the two pipes between this process and the child can hold together. */
    private static final int ONE_MIB = 1 << 20;

    @Test
    void namesTheBlockedWriterAndDestroysTheChildWhenAParentWritesEverythingBeforeReading() {
        Throwable failure = catchThrowable(() -> ChildProcesses.runWithin(LIMIT, () -> {
            Process echo = startEcho();
            try (OutputStream stdin = echo.getOutputStream()) {
                stdin.write(new byte[ONE_MIB]); // the child's output pipe fills, it stops reading: both wait
            }
            return echo.getInputStream().readAllBytes();
        }));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("did not finish within 3 s")
                .hasMessageContaining("BLOCKED ON PIPES: writing: \"graded-test\"")
                .hasMessageContaining("now destroyed: pid ")
                .hasMessageContaining("grader.probe.EchoChild");
        assertThat(ChildProcessTree.now()).isEmpty();
    }

    @Test
    void failsAndDestroysTheChildWhenTheCallReturnsWithAChildAlive() {
        Throwable failure = catchThrowable(() -> ChildProcesses.runWithin(LIMIT, ChildProcessesCanaryTest::startEcho));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("1 child process(es) still alive after the call returned")
                .hasMessageContaining("grader.probe.EchoChild");
        assertThat(ChildProcessTree.now()).isEmpty();
    }

    @Test
    void passesAndReturnsTheValueWhenTheChildIsFedOnAThreadOfItsOwnAndWaitedFor() throws Throwable {
        int status = ChildProcesses.runWithin(Duration.ofSeconds(30), () -> {
            Process echo = startEcho();
            Thread feeder = new Thread(() -> {
                try (OutputStream stdin = echo.getOutputStream()) {
                    stdin.write(new byte[ONE_MIB]);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            feeder.start();
            try (InputStream stdout = echo.getInputStream()) {
                assertThat(stdout.readAllBytes()).hasSize(ONE_MIB);
            }
            feeder.join();
            return echo.waitFor();
        });

        assertThat(status).isZero();
    }

    private static Process startEcho() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), EchoChild.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
