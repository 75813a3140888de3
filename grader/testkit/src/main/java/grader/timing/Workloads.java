package grader.timing;

import java.util.function.LongUnaryOperator;

/** Work for timing tests: CPU-bound, no memory traffic, nothing the JIT can skip. */
public final class Workloads {

    private Workloads() {
    }

    /**
     * A function that spends about {@code rounds} nanoseconds of pure arithmetic on each number
     * (three xorshift steps per round) and returns a small value derived from all of them.
     */
    public static LongUnaryOperator busy(int rounds) {
        return x -> {
            long h = x * 0x9E3779B97F4A7C15L + 1;
            for (int r = 0; r < rounds; r++) {
                h ^= h << 13;
                h ^= h >>> 7;
                h ^= h << 17;
            }
            return h & 1023;
        };
    }
}
