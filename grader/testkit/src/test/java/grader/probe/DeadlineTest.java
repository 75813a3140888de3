package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DeadlineTest {

    @Test
    void aBodyThatFinishesReturnsItsValue() throws Throwable {
        assertThat(Deadline.run(Duration.ofSeconds(5), () -> 42)).isEqualTo(42);
    }

    @Test
    void whatTheBodyThrowsReachesTheCallerUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Deadline.run(Duration.ofSeconds(5), () -> {
            throw boom;
        })).isSameAs(boom);
    }

    @Test
    void aBodyThatNeverEndsFailsWithWhereItWas() {
        assertThatThrownBy(() -> Deadline.run(Duration.ofMillis(300), () -> {
            new CountDownLatch(1).await(); // a wake-up that never comes
            return null;
        }))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("graded-test")
                .hasMessageContaining("CountDownLatch.await");
    }

    @Test
    void aDeadlockIsNamedWithItsCycle() {
        Object first = new Object();
        Object second = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        assertThatThrownBy(() -> Deadline.run(Duration.ofSeconds(2), () -> {
            Thread other = new Thread(() -> lockBoth(second, first, bothHoldOne), "other-locker");
            other.setDaemon(true);
            other.start();
            lockBoth(first, second, bothHoldOne);
            return null;
        }))
                .hasMessageContaining("DEADLOCK")
                .hasMessageContaining("other-locker");
    }

    @Test
    void aThreadBlockedWritingToAPipeIsNamedAsSuch() {
        assertThatThrownBy(() -> Deadline.run(Duration.ofMillis(500), () -> {
            PipedOutputStream pipe = new PipedOutputStream(new PipedInputStream(16));
            pipe.write(new byte[32]); // nobody reads: the pipe is full after 16 bytes
            return null;
        }))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("BLOCKED ON PIPES: writing: \"graded-test\"; reading: none")
                .hasMessageContaining("blocked WRITING to a pipe");
    }

    @Test
    void aNestedDeadlineDoesNotListTheThreadsThatOnlyWaitForIt() {
        assertThatThrownBy(() -> Deadline.run(Duration.ofSeconds(10), () -> {
            Deadline.run(Duration.ofMillis(300), () -> {
                new CountDownLatch(1).await();
                return null;
            });
            return null;
        }))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CountDownLatch.await")
                .hasMessageNotContaining("FutureTask.get");
    }

    @Test
    void anOutOfMemoryErrorFailsTheTestInsteadOfTheWholeRun() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> Deadline.run(Duration.ofSeconds(5), () -> {
            throw full;
        }))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("OutOfMemoryError: Java heap space")
                .hasCause(full);
    }

    private static void lockBoth(Object a, Object b, CountDownLatch bothHoldOne) {
        synchronized (a) {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (b) {
                a.hashCode();
            }
        }
    }
}
