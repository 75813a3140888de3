// MISTAKE: stops at d * d <= n, which overflows an int near Integer.MAX_VALUE and never stops in time.
// REPLACES: ex03/Primes.java
// CAUGHT BY: PrimesTest#answersTheEdgeCases
package ex03;

public final class Primes {

    private Primes() {
    }

    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (int d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
