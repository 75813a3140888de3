package ex06;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.opentest4j.AssertionFailedError;

/** How the stages work together: at the same time, blocking while they wait, within the queues' bounds. */
class PipelineConcurrencyTest {

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF, deadlineSeconds = 20,
            en = "both stages are in progress at the same time, with queues of capacity 1 and many more numbers",
            es = "las dos etapas están en curso a la vez, con colas de capacidad 1 y muchos más números")
    void bothStagesWorkAtTheSameTime() throws InterruptedException {
        // The first stage stops at its second number until the second stage is working on its first:
        // only stages that overlap ever meet. Queues of capacity 1 hold up the first stage anyway,
        // unless the second one takes from it.
        Rendezvous together = new Rendezvous(2);
        Stage first = new Stage("square", 1, x -> {
            if (x == 1) {
                together.arrive();
            }
            return x * x;
        });
        Stage second = new Stage("add 10", 1, x -> {
            together.arrive();
            return x + 10;
        });

        List<Long> output = new Pipeline(first, second, 1).process(numbers(100));

        together.assertAllMet(Thread.currentThread(),
                "Does the second stage start only after the first one has finished, as in the lecture? "
                        + "Each stage must run on threads of its own, all started before waiting for any.",
                "¿Empieza la segunda etapa solo cuando la primera ha terminado, como en la clase? "
                        + "Cada etapa debe ejecutarse en hilos propios, arrancados todos antes de esperar a ninguno.");
        assertThat(output)
                .as(localized("the output must be x*x + 10 for each of the 100 numbers, in input order",
                        "la salida debe ser x*x + 10 para cada uno de los 100 números, en el orden de entrada"))
                .containsExactlyElementsOf(
                LongStream.range(0, 100).map(x -> x * x + 10).boxed().collect(Collectors.toList()));
    }

    @Graded(points = 2, deadlineSeconds = 20,
            en = "threads waiting for a slow stage do not busy-wait: their CPU time stays near zero",
            es = "los hilos que esperan a una etapa lenta no hacen espera activa: su tiempo de CPU se queda cerca de cero")
    void waitingThreadsDoNotBusyWait() throws InterruptedException {
        int numbers = 8;
        long slowMillis = 50;
        PipelineCpu cpu = new PipelineCpu();
        Stage slowProducer = new Stage("slow square", 1, x -> {
            pause(slowMillis);
            return x * x;
        });
        AtomicInteger consumed = new AtomicInteger();
        Stage consumer = new Stage("add 10", 1, x -> {
            int seen = consumed.incrementAndGet();
            if (seen == 1) {
                cpu.startWindow(); // from the first number to the last, the consumer mostly waits
            } else if (seen == numbers) {
                cpu.endWindow();
            }
            return x + 10;
        });

        new Pipeline(slowProducer, consumer, 2).process(numbers(numbers));

        cpu.assertNearZero(numbers);
    }

    @Graded(points = 2, deadlineSeconds = 20,
            en = "the numbers between the stages never exceed the queue's capacity, even when the second stage lags",
            es = "los números entre las etapas nunca superan la capacidad de la cola, aunque la segunda etapa se retrase")
    void aFastStageWaitsForASlowOne() throws InterruptedException {
        int capacity = 3;
        int firstWorkers = 2;
        int secondWorkers = 2;
        // Between "the first stage returned a number" and "the second stage received it", a number is in
        // the queue or in a worker's hands (a first-stage worker about to put it, a second-stage worker
        // that just took it): never more than this many at once.
        int bound = capacity + firstWorkers + secondWorkers;
        AtomicInteger produced = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        AtomicInteger mostInBetween = new AtomicInteger();
        CountDownLatch overflow = new CountDownLatch(bound + 1);
        AtomicBoolean gateOpen = new AtomicBoolean();
        Stage first = new Stage("square", firstWorkers, x -> {
            int inBetween = produced.incrementAndGet() - received.get();
            mostInBetween.accumulateAndGet(inBetween, Math::max);
            overflow.countDown();
            return x * x;
        });
        Stage second = new Stage("add 10", secondWorkers, x -> {
            // At first the second stage lags: it waits until the first stage has gone past the bound,
            // which a bounded pipeline never lets it do, or for half a second.
            if (!gateOpen.get()) {
                awaitQuietly(overflow, Duration.ofMillis(500));
                gateOpen.set(true);
            }
            received.incrementAndGet();
            return x + 10;
        });

        new Pipeline(first, second, capacity).process(numbers(200));

        assertThat(mostInBetween.get())
                .as(localized("more numbers piled up between the stages than a queue of capacity %d and %d + %d "
                                + "workers can hold: the queue must make a fast stage wait for a slow one. Are the "
                                + "queues bounded (new ArrayBlockingQueue<>(capacity)) and filled with put()?",
                        "se amontonaron entre las etapas más números de los que caben en una cola de capacidad %d "
                                + "con %d + %d trabajadores: la cola debe hacer esperar a una etapa rápida por una "
                                + "lenta. ¿Son acotadas las colas (new ArrayBlockingQueue<>(capacity)) y se llenan "
                                + "con put()?",
                        capacity, firstWorkers, secondWorkers))
                .isLessThanOrEqualTo(bound);
    }

    /**
     * The CPU time of the threads the pipeline started, over a window of time: a thread that
     * blocks while it waits uses next to none, one that loops asking whether there is work yet
     * uses a whole core.
     */
    private static final class PipelineCpu {
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final Set<Thread> before = Thread.getAllStackTraces().keySet();
        // Written by the consumer thread; read by the test thread after process() returned.
        private volatile Map<Thread, Long> cpuAtStart;
        private volatile Map<Thread, Long> cpuAtEnd;
        private volatile long startNanos;
        private volatile long endNanos;

        void startWindow() {
            startNanos = System.nanoTime();
            cpuAtStart = cpuOfNewThreads();
        }

        void endWindow() {
            cpuAtEnd = cpuOfNewThreads();
            endNanos = System.nanoTime();
        }

        private Map<Thread, Long> cpuOfNewThreads() {
            Map<Thread, Long> cpu = new HashMap<>();
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                long nanos = mx.getThreadCpuTime(thread.getId());
                if (!before.contains(thread) && nanos >= 0) {
                    cpu.put(thread, nanos);
                }
            }
            return cpu;
        }

        void assertNearZero(int numbers) {
            if (cpuAtStart == null || cpuAtEnd == null) {
                throw new AssertionFailedError(localized("the second stage did not receive all %d numbers",
                        "la segunda etapa no recibió los %d números", numbers));
            }
            long windowMillis = TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
            Map<String, Long> usedMillis = new HashMap<>();
            long totalMillis = 0;
            for (Map.Entry<Thread, Long> end : cpuAtEnd.entrySet()) {
                long used = TimeUnit.NANOSECONDS.toMillis(end.getValue() - cpuAtStart.getOrDefault(end.getKey(), 0L));
                totalMillis += used;
                usedMillis.put(end.getKey().getName(), used);
            }
            assertThat(totalMillis)
                    .as(localized("the pipeline's threads kept a core busy while they waited for a slow stage: a "
                                    + "thread that waits must block in take() or put(), not loop on poll(), isEmpty() "
                                    + "or size(). CPU milliseconds they used while the first stage slowly made %d "
                                    + "numbers (%d ms); by thread: %s.",
                            "los hilos de la tubería mantuvieron ocupado un núcleo mientras esperaban a una etapa "
                                    + "lenta: un hilo que espera debe bloquearse en take() o put(), no dar vueltas con "
                                    + "poll(), isEmpty() o size(). Milisegundos de CPU que usaron mientras la primera "
                                    + "etapa hacía lentamente %d números (%d ms); por hilo: %s.",
                            numbers - 1, windowMillis, usedMillis))
                    .isLessThanOrEqualTo(windowMillis / 10);
        }
    }

    static List<Long> numbers(int count) {
        return LongStream.range(0, count).boxed().collect(Collectors.toList());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration patience) {
        try {
            latch.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
