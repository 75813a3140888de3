package grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.InEnglish;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Without the agent (as here), the non-daemon threads that appear during a test count. */
@ExtendWith(InEnglish.class)
class LeftoversTest {

    @Test
    void nothingLeftRunningIsNothingToSay() throws InterruptedException {
        Leftovers before = Leftovers.before();
        Thread finished = new Thread(() -> { }, "finished");
        finished.start();
        finished.join();

        assertThat(before.stopAndDescribe()).isEmpty();
    }

    @Test
    void aThreadThatEndsWithinAMomentIsNotLeftRunning() {
        Leftovers before = Leftovers.before();
        new Thread(() -> sleep(200), "almost-done").start();

        assertThat(before.stopAndDescribe()).isEmpty();
    }

    @Test
    void aThreadLeftWaitingIsNamedAndInterrupted() throws InterruptedException {
        Leftovers before = Leftovers.before();
        CountDownLatch never = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException stopped) {
                // ends
            }
        }, "left-waiting");
        waiter.start();

        assertThat(before.stopAndDescribe()).hasValueSatisfying(text -> assertThat(text)
                .contains("left 1 thread(s) running: \"left-waiting\" (WAITING)")
                .contains("join()"));
        waiter.join(5_000);
        assertThat(waiter.isAlive()).isFalse();
    }

    @Test
    void aChildProcessLeftRunningIsNamedAndDestroyed() throws IOException, InterruptedException {
        Leftovers before = Leftovers.before();
        Process child = new ProcessBuilder("sleep", "30").start();

        assertThat(before.stopAndDescribe()).hasValueSatisfying(text -> assertThat(text)
                .contains("left 1 child process(es) running: pid " + child.pid())
                .contains("sleep 30"));
        child.waitFor();
        assertThat(child.isAlive()).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
