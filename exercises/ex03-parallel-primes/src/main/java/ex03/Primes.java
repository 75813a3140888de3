package ex03;

/**
 * Primality by trial division: the Java version of the lecture's {@code esPrimo}.
 *
 * <p>The lecture divides {@code n} by every number below it. A divisor larger than {@code √n}
 * always comes with one smaller than {@code √n} ({@code n = a · b} with {@code a ≤ b} means
 * {@code a ≤ √n}), so dividing up to {@code √n} is enough: for {@code n} near
 * {@code Integer.MAX_VALUE} that is about 23 000 divisions instead of two thousand million.
 */
public final class Primes {

    private Primes() {
    }

    /** Whether {@code n} is prime; numbers below 2, negatives included, are not. */
    public static boolean isPrime(int n) {
        // TODO 1  Numbers below 2 are not prime. 2 is the only even prime.
        //         Los números menores que 2 no son primos. 2 es el único primo par.
        // TODO 2  Try the odd divisors d = 3, 5, 7, ... while d <= n / d (that is d * d <= n, but
        //         d * d overflows an int near Integer.MAX_VALUE). If one divides n, n is not prime.
        //         Prueba los divisores impares d = 3, 5, 7, ... mientras d <= n / d (es decir
        //         d * d <= n, pero d * d desborda un int cerca de Integer.MAX_VALUE). Si alguno
        //         divide a n, n no es primo.
        throw new UnsupportedOperationException("TODO: Primes.isPrime");
    }
}
