package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import grader.mutation.Mutants;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyCallRemovalTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    /** Each method waits for something that never happens in these tests. */
    static final class Waits {
        Object result(Future<String> future) throws Exception {
            return future.get();
        }

        Object resultWithin(Future<String> future) throws Exception {
            return future.get(1, TimeUnit.DAYS);
        }

        boolean poolEnded(ExecutorService pool) throws InterruptedException {
            return pool.awaitTermination(1, TimeUnit.DAYS);
        }

        boolean latchOpened(CountDownLatch latch) throws InterruptedException {
            return latch.await(1, TimeUnit.DAYS);
        }

        int exitStatus(Process process) throws InterruptedException {
            return process.waitFor();
        }

        boolean processEnded(Process process) throws InterruptedException {
            return process.waitFor(1, TimeUnit.DAYS);
        }

        List<Runnable> stop(ExecutorService pool) {
            return pool.shutdownNow();
        }

        Process kill(Process process) {
            return process.destroyForcibly();
        }

        void join(Thread thread) throws InterruptedException {
            thread.join(); // void: PIT's own VOID_METHOD_CALLS removes it
        }
    }

    private final Mutants mutants = Mutants.of(Waits.class, ConcurrencyCallRemoval.REMOVE_CONCURRENCY_CALL);

    @Test
    void aFutureGivesNullWithoutWaiting() {
        Object mutant = mutants.instance(mutants.onlyIn("result"));
        Object timed = mutants.instance(mutants.onlyIn("resultWithin"));
        FutureTask<String> never = new FutureTask<>(() -> "never run");

        assertTimeoutPreemptively(AT_ONCE, () -> {
            assertThat(Mutants.call(mutant, "result", never)).isNull();
            assertThat(Mutants.call(timed, "resultWithin", never)).isNull();
        });
        assertThat(mutants.onlyIn("result").getDescription()).isEqualTo(
                "removed the call to Future::get: it gives null");
    }

    @Test
    void timedWaitsSayAtOnceThatTheyEndedInTime() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch closed = new CountDownLatch(1);
        pool.submit(() -> {
            closed.await();
            return null;
        });
        pool.shutdown();
        try {
            assertTimeoutPreemptively(AT_ONCE, () -> {
                assertThat(Mutants.call(mutants.instance(mutants.onlyIn("poolEnded")), "poolEnded", pool))
                        .isEqualTo(true);
                assertThat(Mutants.call(mutants.instance(mutants.onlyIn("latchOpened")), "latchOpened",
                        closed)).isEqualTo(true);
                assertThat(Mutants.call(mutants.instance(mutants.onlyIn("processEnded")), "processEnded",
                        new StillRunning())).isEqualTo(true);
            });
            assertThat(pool.isTerminated()).as("the pool's task still waits").isFalse();
        } finally {
            closed.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void waitForBecomesExitValueWhichAnswersAtOnce() throws Exception {
        Object mutant = mutants.instance(mutants.onlyIn("exitStatus"));

        assertThat(Mutants.call(mutant, "exitStatus", new StillRunning())).isEqualTo(StillRunning.EXIT_VALUE);
    }

    @Test
    void shutdownNowIsNotCalledAndTheListIsEmpty() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(Mutants.call(mutants.instance(mutants.onlyIn("stop")), "stop", pool))
                    .isEqualTo(List.of());
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void destroyForciblyIsNotCalledAndGivesTheProcessBack() throws Exception {
        StillRunning process = new StillRunning();

        assertThat(Mutants.call(mutants.instance(mutants.onlyIn("kill")), "kill", process)).isSameAs(process);
        assertThat(process.destroyed).isFalse();
    }

    @Test
    void leavesTheWaitsThatReturnNothingToVoidMethodCalls() {
        assertThat(mutants.in("join")).isEmpty();
    }

    /** A process that never ends: waitFor() would wait forever; exitValue() answers, as if it had ended. */
    static final class StillRunning extends Process {
        static final int EXIT_VALUE = 42;

        @Override
        public int waitFor() {
            throw new AssertionError("waited for a process that never ends");
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) {
            throw new AssertionError("waited for a process that never ends");
        }

        @Override
        public int exitValue() {
            return EXIT_VALUE;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        boolean destroyed;

        @Override
        public void destroy() {
            destroyed = true;
        }

        @Override
        public Process destroyForcibly() {
            destroyed = true;
            return this;
        }
    }
}
