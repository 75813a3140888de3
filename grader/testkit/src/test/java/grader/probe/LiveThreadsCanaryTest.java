package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Canaries for {@link LiveThreads}: a thread left waiting is found and shown; one that ended is not. */
class LiveThreadsCanaryTest {

    @Test
    void findsAThreadLeftWaitingAndSaysWhereItWaits() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        LiveThreads before = LiveThreads.now();
        Thread leftBehind = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "left behind");
        leftBehind.start();

        Throwable failure = catchThrowable(() -> before.assertNoneLeftRunning("look at the latch", "mira el cerrojo"));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("1 thread(s) started by the call are still running")
                .hasMessageContaining("look at the latch")
                .hasMessageContaining("\"left behind\" WAITING");
        leftBehind.interrupt();
        leftBehind.join();
    }

    @Test
    void passesWhenEveryThreadStartedHasEnded() throws InterruptedException {
        LiveThreads before = LiveThreads.now();
        Thread finished = new Thread(() -> { }, "finished");
        finished.start();

        before.assertNoneLeftRunning("unused", "sin uso");
    }
}
