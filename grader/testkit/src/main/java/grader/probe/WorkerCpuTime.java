package grader.probe;

import static grader.i18n.Messages.localized;

import grader.junit.Evidence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import org.opentest4j.TestAbortedException;

/**
 * How much CPU time each worker thread spent inside the work: the measure of how evenly a
 * submission spreads its work. Unlike wall time, a thread's CPU time does not grow while it waits
 * for a core, so the measure stays fair on a busy machine with fewer cores than workers.
 *
 * <p>A thread's CPU time can be read only while the thread is alive, and a pool's threads end
 * with the pool, so each worker samples its own CPU time before and after every call of the work.
 */
public final class WorkerCpuTime {

    /** One worker's share of the work. */
    public record Share(String thread, double cpuMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.0f ms", thread, cpuMillis);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Each thread's CPU nanoseconds inside the work; only the thread itself writes its slot. */
    private final Map<Thread, long[]> nanosByThread = new ConcurrentHashMap<>();

    /**
     * @throws TestAbortedException when this JVM cannot measure the CPU time of a thread
     */
    public WorkerCpuTime() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new TestAbortedException(localized("this JVM cannot measure the CPU time of a thread",
                    "esta JVM no puede medir el tiempo de CPU de un hilo"));
        }
        THREADS.setThreadCpuTimeEnabled(true);
    }

    /** The work, adding the CPU time of each call to the account of the thread that made it. */
    public LongUnaryOperator around(LongUnaryOperator work) {
        return x -> {
            long[] spent = nanosByThread.computeIfAbsent(Thread.currentThread(), t -> new long[1]);
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return work.applyAsLong(x);
            } finally {
                spent[0] += THREADS.getCurrentThreadCpuTime() - start;
            }
        };
    }

    /** Every thread that ran the work, busiest first. Read it once the workers are done. */
    public List<Share> shares() {
        List<Share> shares = new ArrayList<>();
        nanosByThread.forEach((thread, spent) ->
                shares.add(new Share(thread.getName() + " #" + thread.getId(), spent[0] / 1e6)));
        shares.sort(Comparator.comparingDouble(Share::cpuMillis).reversed());
        return shares;
    }

    /**
     * The busiest thread's CPU time divided by the average over {@code workers} workers: 1.0 when
     * the work is spread evenly, {@code workers} when one thread did all of it.
     */
    public double busiestToAverage(int workers) {
        List<Share> shares = shares();
        double total = shares.stream().mapToDouble(Share::cpuMillis).sum();
        return shares.isEmpty() || total == 0 ? 1.0 : shares.get(0).cpuMillis() / (total / workers);
    }

    /** Attaches the shares to the running graded test, for the reports. */
    public void publish() {
        Evidence.publish("cpu", shares());
    }
}
