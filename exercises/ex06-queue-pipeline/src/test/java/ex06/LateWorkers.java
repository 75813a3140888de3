package ex06;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A schedule that the tests make happen on every run instead of now and then: some workers of
 * one stage hold their number until every other number has gone through the second stage, and a
 * while longer, so that meanwhile the stage's other workers take their end-of-stream marks and
 * stop. Only then do the held workers finish their numbers.
 *
 * <p>A pipeline that passes the end of the stream on when the first worker of a stage stops,
 * instead of the last, puts the held numbers behind the marks: nobody takes them, they are
 * lost, and once a queue is full the worker that puts the next one waits forever. A pipeline
 * that waits for the stage's last worker delivers them.
 */
final class LateWorkers {

    /** How long a held worker waits at most for the other numbers to go through. */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(5);
    /**
     * How long it then waits more, for the stage's other workers to take their end-of-stream
     * marks and stop: a few steps each, which even a busy machine runs within a few milliseconds.
     */
    private static final Duration GRACE = Duration.ofMillis(200);

    private final int numbers;
    private final int held;
    private final boolean inFirstStage;
    private final CountDownLatch othersThrough;

    /**
     * @param numbers      how many numbers go through: 0, 1, 2, ...
     * @param held         how many of them (the smallest) are held, each by a worker of its own
     * @param inFirstStage whether the first stage's workers hold them, or the second stage's
     */
    LateWorkers(int numbers, int held, boolean inFirstStage) {
        this.numbers = numbers;
        this.held = held;
        this.inFirstStage = inFirstStage;
        this.othersThrough = new CountDownLatch(numbers - held);
    }

    List<Long> input() {
        return PipelineConcurrencyTest.numbers(numbers);
    }

    /** The first stage, squaring; it needs more workers than numbers held in it. */
    Stage first(int workers) {
        return new Stage("square", workers, x -> {
            if (inFirstStage && x < held) {
                hold();
            }
            return x * x;
        });
    }

    /** The second stage, adding 10; it needs more workers than numbers held in it. */
    Stage second(int workers) {
        return new Stage("add 10", workers, x -> {
            if (!isHeld(x)) {
                othersThrough.countDown();
            } else if (!inFirstStage) {
                hold();
            }
            return x + 10;
        });
    }

    /** What the pipeline must return, in any order. */
    List<Long> expected() {
        return input().stream().map(x -> x * x + 10).toList();
    }

    /** Whether {@code square}, as the second stage receives it, is the square of a held number. */
    private boolean isHeld(long square) {
        for (long x = 0; x < held; x++) {
            if (x * x == square) {
                return true;
            }
        }
        return false;
    }

    private void hold() {
        try {
            othersThrough.await(HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            Thread.sleep(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the pipeline is stopping: let the worker see it
        }
    }
}
