package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownNowToShutdownTest {

    static final class Stopper {
        List<Runnable> stop(ExecutorService pool) {
            return pool.shutdownNow();
        }
    }

    private final Mutants mutants = Mutants.of(Stopper.class, ShutdownNowToShutdown.SHUTDOWN_NOW_TO_SHUTDOWN);

    @Test
    void thePoolIsShutDownButItsWaitingTaskIsNotInterrupted() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Future<?> waiting = pool.submit(() -> {
            started.countDown();
            never.await();
            return null;
        });
        started.await();
        try {
            Object result = Mutants.call(mutants.instance(mutants.onlyIn("stop")), "stop", pool);

            assertThat(result).isEqualTo(List.of());
            assertThat(pool.isShutdown()).isTrue();
            assertThat(pool.awaitTermination(200, TimeUnit.MILLISECONDS))
                    .as("the task was not interrupted, so the pool has not ended").isFalse();
            assertThat(waiting.isDone()).isFalse();
        } finally {
            never.countDown();
            pool.shutdownNow();
        }
    }
}
