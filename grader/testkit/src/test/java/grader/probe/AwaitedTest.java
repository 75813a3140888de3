package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.guard.ThreadGuard;
import grader.i18n.InEnglish;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(InEnglish.class)
class AwaitedTest {

    @Test
    void aCallThatJoinsItsThreadsPasses() throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        AtomicLong done = new AtomicLong();

        List<Thread> threads = start(3, awaited.around(x -> done.incrementAndGet()));
        for (Thread thread : threads) {
            thread.join();
        }

        awaited.assertWaitedFor("", "");
        assertThat(done).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 300})
    void aCallThatSleepsInsteadOfWaitingIsCaughtWhateverItSleeps(long sleepMillis) throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        AtomicLong done = new AtomicLong();

        List<Thread> threads = start(3, awaited.around(x -> done.incrementAndGet()));
        awaitHeld(awaited, 3);
        Thread.sleep(sleepMillis);

        assertThat(done).as("work done by threads held since before the call returned").hasValue(0);
        assertThatThrownBy(() -> awaited.assertWaitedFor("Join them.", "Espéralos."))
                .hasMessageStartingWith("the call returned before its threads finished")
                .hasMessageContaining("never waited for them")
                .hasMessageEndingWith("Join them.");
        for (Thread thread : threads) {
            thread.join(); // a verdict that failed lets them go: the results no longer matter
        }
    }

    @Test
    void aCallThatSleepsIsToldWhereItSlept() throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();

        List<Thread> threads = start(2, awaited.around(x -> x));
        awaitHeld(awaited, 2);
        Thread.sleep(100); // long enough for the held threads to see it sleeping

        assertThatThrownBy(() -> awaited.assertWaitedFor("", "")).hasMessageContaining("(it slept at AwaitedTest.java:");
        stop(threads);
    }

    @Test
    void tasksOfAPoolThatTheCallWaitsForPass() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        LongUnaryOperator work = awaited.around(x -> 2 * x);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> results = new ArrayList<>();

        for (long i = 0; i < 10; i++) {
            long x = i;
            results.add(pool.submit(() -> work.applyAsLong(x)));
        }
        long sum = 0;
        for (Future<Long> result : results) {
            sum += result.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        awaited.assertWaitedFor("", "");
        assertThat(sum).isEqualTo(90);
    }

    @Test
    void aThreadThatDidItsWorkButWasNotJoinedIsHeldAsItEndsSoTheCallReturnsWhileItRuns() throws Exception {
        Awaited awaited = Awaited.holdingThreadsAtTheirEnd();
        CountDownLatch inTheWork = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        LongUnaryOperator work = awaited.around(x -> {
            inTheWork.countDown();
            awaitQuietly(goOn);
            return x;
        });
        Thread worker = new Thread(() -> {
            work.applyAsLong(1);
            ThreadGuard.beforeExit(Thread.currentThread()); // what the agent makes every ending thread do
        }, "worker");

        worker.start();
        inTheWork.await(); // the caller waits, so the worker starts its work...
        goOn.countDown();
        Thread.sleep(100); // ...but it sleeps instead of joining the worker

        assertThat(worker.isAlive()).as("the worker, held as it ends").isTrue();
        assertThatThrownBy(() -> awaited.assertWaitedFor("Join it.", ""))
                .hasMessageStartingWith("the call returned before its threads ended: 1 of the threads that ran "
                        + "the work had not ended yet (it slept at AwaitedTest.java:")
                .hasMessageEndingWith("Join it.");
        worker.join(); // the verdict lets it go
    }

    @Test
    void aThreadHeldAsItEndsIsLetGoWhenTheCallerJoinsIt() throws Exception {
        Awaited awaited = Awaited.holdingThreadsAtTheirEnd();
        LongUnaryOperator work = awaited.around(x -> x);
        Thread worker = new Thread(() -> {
            work.applyAsLong(1);
            ThreadGuard.beforeExit(Thread.currentThread());
        }, "worker");

        worker.start();
        worker.join();

        awaited.assertWaitedFor("", "");
    }

    @Test
    void aThreadThatRunsTheWorkAsAFuturesTaskIsNotHeldAsItEnds() throws Exception {
        Awaited awaited = Awaited.holdingThreadsAtTheirEnd();
        LongUnaryOperator work = awaited.around(x -> x);
        FutureTask<Long> task = new FutureTask<>(() -> work.applyAsLong(1));
        Thread worker = new Thread(() -> {
            task.run();
            ThreadGuard.beforeExit(Thread.currentThread());
        }, "worker");

        worker.start();
        task.get(); // waiting for the task is waiting for the work: the thread may end after the call

        awaited.assertWaitedFor("", "");
        worker.join();
    }

    @Test
    void workDoneOnTheCallingThreadIsNeverHeld() {
        Awaited awaited = Awaited.byThisThread();

        assertThat(awaited.around(x -> x + 1).applyAsLong(41)).isEqualTo(42);

        awaited.assertWaitedFor("", "");
    }

    @Test
    void workThatStartsAfterTheCallReturnedIsHeldSoTheResultsStayAsTheCallLeftThem() throws InterruptedException {
        Awaited awaited = Awaited.byThisThread();
        AtomicLong done = new AtomicLong();
        LongUnaryOperator work = awaited.around(x -> done.incrementAndGet());

        awaited.assertWaitedFor("", ""); // nothing started yet: nothing to wait for
        List<Thread> late = start(2, work);
        awaitHeld(awaited, 2);

        assertThat(done).hasValue(0);
        stop(late);
    }

    @Test
    void aCallThatSpinsInsteadOfBlockingIsReportedOnceThePatienceRunsOut() {
        Awaited awaited = Awaited.byThisThread(Duration.ofMillis(200));

        List<Thread> threads = start(2, awaited.around(x -> x));
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.onSpinWait();
        }

        assertThatThrownBy(() -> awaited.assertWaitedFor("Block in join().", ""))
                .hasMessageStartingWith("for 0 s the call neither blocked waiting for its threads nor returned")
                .hasMessageEndingWith("Block in join().");
    }

    @Test
    void aHeldChildThatTheCallWaitsForPassesAndItsOutputIsComplete() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        Process echo = new ProcessBuilder(awaited.held(echoCommand())).start();

        byte[] output = feedAndRead(echo, "hello");
        int status = echo.waitFor();

        awaited.assertWaitedFor("", "");
        assertThat(status).isZero();
        assertThat(new String(output, StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void aCallThatReadsAChildsOutputButNeverWaitsForItIsCaught() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        Process echo = new ProcessBuilder(awaited.held(echoCommand())).start();

        assertThat(feedAndRead(echo, "hello")).hasSize(5); // its output ended: the child is held before it exits
        Thread.sleep(200);

        try {
            assertThatThrownBy(() -> awaited.assertWaitedFor("Call waitFor().", ""))
                    .hasMessageStartingWith("the call returned while 1 of its child processes were still running (pid "
                            + echo.pid() + ")")
                    .hasMessageEndingWith("Call waitFor().");
        } finally {
            echo.destroyForcibly().waitFor();
        }
    }

    @Test
    void childrenThatTheCallStartsWithItsOwnClassPathAreHeldBeforeTheyStart() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        List<Process> started = new ArrayList<>();

        awaited.holdingChildrenOf(EchoChild.class, () -> {
            started.add(new ProcessBuilder(echoCommand()).start());
            Thread.sleep(300);
        });

        try {
            assertThatThrownBy(() -> awaited.assertWaitedFor("", ""))
                    .hasMessageStartingWith("the call returned while 1 of its child processes were still running");
            assertThat(started.get(0).isAlive()).isTrue();
        } finally {
            started.get(0).destroyForcibly().waitFor();
        }
        assertThat(System.getProperty("java.class.path")).doesNotContain("grader-held-child");
    }

    @Test
    void childrenThatTheCallStartsWithItsOwnClassPathAndWaitsForPass() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        int[] status = new int[1];
        byte[][] output = new byte[1][];

        awaited.holdingChildrenOf(EchoChild.class, () -> {
            Process echo = new ProcessBuilder(echoCommand()).start();
            echo.getOutputStream().close();
            status[0] = echo.waitFor(); // the child starts once the caller waits for it
            output[0] = echo.getInputStream().readAllBytes();
        });

        awaited.assertWaitedFor("", "");
        assertThat(status[0]).isZero();
        assertThat(output[0]).isEmpty();
    }

    private static List<String> echoCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), EchoChild.class.getName());
    }

    private static byte[] feedAndRead(Process child, String text) throws IOException {
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream stdout = child.getInputStream()) {
            return stdout.readAllBytes();
        }
    }

    private static List<Thread> start(int count, LongUnaryOperator work) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long x = i;
            Thread thread = new Thread(() -> work.applyAsLong(x), "worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    /** Spins, without waiting in a way the probe would count, until {@code count} threads are held. */
    private static void awaitHeld(Awaited awaited, int count) {
        while (awaited.heldNow() < count) {
            Thread.onSpinWait();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Held threads let go when interrupted. */
    private static void stop(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.interrupt();
            thread.join();
        }
    }
}
