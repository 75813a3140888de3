package grader.junit;

import static grader.i18n.Messages.localized;

import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * Runs code that may hang (an infinite loop, a deadlock, a lost wake-up, a blocked pipe) and
 * fails with a thread dump when it does not finish in time.
 *
 * <p>The code runs on a daemon thread, so a thread that ignores the interrupt cannot keep the
 * test JVM alive; the dump is taken before the interrupt, while the threads are still stuck.
 */
public final class Deadline {

    /** Code under a deadline; it may throw anything, which then reaches the caller unchanged. */
    @FunctionalInterface
    public interface Body {
        Object run() throws Throwable;
    }

    private Deadline() {
    }

    public static void run(Duration limit, Body body) throws Throwable {
        Throwable[] failure = new Throwable[1]; // written by the runner before the task completes
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
            return null;
        });
        Thread runner = new Thread(task, "graded-test");
        runner.setDaemon(true);
        runner.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String dump = ThreadDump.of(runner);
            runner.interrupt();
            throw new AssertionFailedError(localized(
                    "did not finish within %d s: is a thread waiting forever (deadlock, lost wake-up, "
                            + "a full pipe or queue) or looping?%n%s",
                    "no terminó en %d s: ¿hay un hilo esperando para siempre (interbloqueo, aviso perdido, "
                            + "tubería o cola llena) o en un bucle sin fin?%n%s",
                    limit.toSeconds(), dump));
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
