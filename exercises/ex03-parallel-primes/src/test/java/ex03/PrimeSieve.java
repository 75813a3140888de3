package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;

/**
 * The tests' oracle: the primes of a window of numbers by the sieve of Eratosthenes, which
 * crosses out multiples instead of dividing, so it shares no mistake with trial division.
 */
final class PrimeSieve {

    private final int from;
    private final int to;
    /** Bit i is set when from + i is prime. */
    private final BitSet primes;

    /** Sieves the window {@code [from, to)}; any {@code from} works, numbers below 2 are not prime. */
    PrimeSieve(int from, int to) {
        this.from = from;
        this.to = to;
        int low = Math.max(from, 2);
        this.primes = new BitSet(Math.max(to - from, 0));
        if (low >= to) {
            return;
        }
        primes.set(low - from, to - from);
        int limit = (int) Math.sqrt(to - 1.0); // a composite below `to` has a factor up to this
        boolean[] smallComposite = new boolean[limit + 1];
        for (int p = 2; p <= limit; p++) {
            if (smallComposite[p]) {
                continue;
            }
            for (int m = p * p; m <= limit; m += p) {
                smallComposite[m] = true;
            }
            long firstMultiple = Math.max((long) p * p, (low + (long) p - 1) / p * p);
            for (long m = firstMultiple; m < to; m += p) {
                primes.clear((int) (m - from));
            }
        }
    }

    /** Whether {@code n}, below 2 or inside the window, is prime. */
    boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n < from || n >= to) {
            throw new IllegalArgumentException(n + " is outside the sieved window [" + from + ", " + to + ")");
        }
        return primes.get(n - from);
    }

    /** The primes {@code p} with {@code lo <= p < hi}, ascending; the bounds must lie in the window. */
    List<Integer> primesIn(int lo, int hi) {
        List<Integer> list = new ArrayList<>();
        for (int i = primes.nextSetBit(Math.max(lo, from) - from); i >= 0 && i < hi - from; i = primes.nextSetBit(i + 1)) {
            list.add(from + i);
        }
        return list;
    }

    /**
     * Fails unless {@code primes} holds each prime {@code p} with {@code lo <= p < hi} once, in any
     * order: the tests of concurrency check that the work was done, not how it was merged
     * (PrimeFinderTest does), and say only where to look instead of printing thousands of numbers.
     */
    void assertFound(List<Integer> primes, int lo, int hi) {
        List<Integer> expected = primesIn(lo, hi);
        assertThat(primes.size() == expected.size() && new HashSet<>(primes).containsAll(expected))
                .as(localized("the primes of [%d, %d) are a sieve's, in any order (PrimeFinderTest says what is wrong)",
                        "los primos de [%d, %d) son los de una criba, en cualquier orden (PrimeFinderTest dice qué "
                                + "falla)", lo, hi))
                .isTrue();
    }
}
