package grader.probe;

import grader.junit.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;

/**
 * Records which thread worked when, so reports can draw the workers as bars on a time axis:
 * overlapping bars show parallel work, a staircase shows parts that ran one after another.
 */
public final class Timeline {

    /** One worker's activity, in milliseconds since the timeline started. */
    public record Bar(String thread, double startMillis, double endMillis, long items) {
    }

    private final long origin = System.nanoTime();
    private final Map<Thread, long[]> activity = new ConcurrentHashMap<>();

    /** The work, recording for each thread when it first and last ran it. */
    public LongUnaryOperator around(LongUnaryOperator work) {
        return x -> {
            long[] span = activity.computeIfAbsent(Thread.currentThread(), t -> new long[] {System.nanoTime(), 0, 0});
            long result = work.applyAsLong(x);
            span[1] = System.nanoTime(); // only this thread writes its own span
            span[2]++;
            return result;
        };
    }

    /** The bars, earliest first. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        activity.forEach((thread, span) -> bars.add(new Bar(thread.getName(),
                (span[0] - origin) / 1e6, (Math.max(span[1], span[0]) - origin) / 1e6, span[2])));
        bars.sort((a, b) -> Double.compare(a.startMillis(), b.startMillis()));
        return bars;
    }

    /** Attaches the bars to the running graded test, for the reports. */
    public void publish() {
        Evidence.publish("timeline", bars());
    }
}
