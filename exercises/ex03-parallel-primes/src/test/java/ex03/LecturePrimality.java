package ex03;

import java.util.function.IntPredicate;

/**
 * The lecture's {@code esPrimo}, which divides {@code n} by every number below it: correct, and
 * far costlier for large primes than for small ones, which is what the load-balance test needs.
 * Handed to {@code primesIn} by the test, so it measures your chunks and your pool, not your
 * {@code isPrime}.
 */
final class LecturePrimality {

    static final IntPredicate ES_PRIMO = n -> {
        if (n < 2) {
            return false;
        }
        for (int i = 2; i < n; i++) {
            if (n % i == 0) {
                return false;
            }
        }
        return true;
    };

    private LecturePrimality() {
    }
}
