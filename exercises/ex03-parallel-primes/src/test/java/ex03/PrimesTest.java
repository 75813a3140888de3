package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import grader.Graded;
import grader.property.Theories;
import org.opentest4j.AssertionFailedError;

/** The primality predicate, checked against a sieve. */
class PrimesTest {

    /** How long one answer may take: dividing up to √n takes microseconds, up to n seconds. */
    private static final long AT_ONCE_MILLIS = 1_000;

    @Graded(points = 2,
            en = "isPrime agrees with a sieve on every number up to 100 000 and on random numbers up to ten million",
            es = "isPrime coincide con una criba en todos los números hasta 100 000 y en números aleatorios hasta diez millones")
    void agreesWithASieve() {
        PrimeSieve sieve = new PrimeSieve(-1_000, 10_000_000);
        for (int n = -100; n < 100_000; n++) {
            assertAgrees(n, sieve);
        }
        Theories.theory()
                .forAll(integers().between(-1_000, 9_999_999))
                .checkAssert(n -> assertAgrees(n, sieve));
    }

    @Graded(points = 2,
            en = "negatives, 0 and 1 are not prime, 2 is, and the largest int primes are answered at once, without overflow",
            es = "los negativos, 0 y 1 no son primos, 2 sí, y los primos int más grandes se responden al instante, sin desbordamiento")
    void answersTheEdgeCases() {
        for (int n : new int[] {Integer.MIN_VALUE, -7, -2, -1, 0, 1, 4, 9, 25}) {
            assertThat(Primes.isPrime(n)).as(localized("isPrime(%d)", "isPrime(%d)", n)).isFalse();
        }
        for (int n : new int[] {2, 3, 5, 46_337}) {
            assertThat(Primes.isPrime(n)).as(localized("isPrime(%d)", "isPrime(%d)", n)).isTrue();
        }
        assertThat(Primes.isPrime(46_337 * 46_337))
                .as(localized("isPrime(46337 × 46337 = %d), the square of a prime: the loop must also try d = √n "
                                + "(<=, not <)",
                        "isPrime(46337 × 46337 = %d), el cuadrado de un primo: el bucle también debe probar "
                                + "d = √n (<=, no <)", 46_337 * 46_337))
                .isFalse();
        assertAnsweredAtOnce(Integer.MAX_VALUE);
        PrimeSieve top = new PrimeSieve(Integer.MAX_VALUE - 3_000, Integer.MAX_VALUE);
        for (int n = Integer.MAX_VALUE - 3_000; n < Integer.MAX_VALUE; n++) {
            assertAgrees(n, top);
        }
    }

    private static void assertAgrees(int n, PrimeSieve sieve) {
        assertThat(Primes.isPrime(n))
                .as(localized("isPrime(%d) (a sieve says %s)", "isPrime(%d) (una criba dice %s)", n, sieve.isPrime(n)))
                .isEqualTo(sieve.isPrime(n));
    }

    /** 2³¹ − 1 is prime: the answer must be true and come without dividing by every number below it. */
    private static void assertAnsweredAtOnce(int prime) {
        long start = System.nanoTime();
        boolean answer = Primes.isPrime(prime);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer)
                .as(localized("isPrime(%d), which is 2³¹ − 1, a prime: does d * d overflow? d <= n / d does not",
                        "isPrime(%d), que es 2³¹ − 1, un primo: ¿desborda d * d? d <= n / d no desborda", prime))
                .isTrue();
        if (millis > AT_ONCE_MILLIS) {
            throw new AssertionFailedError(localized(
                    "isPrime(%d) took %d ms: dividing by every number below n is two thousand million divisions "
                            + "here. A divisor above √n always comes with one below it, so stop at √n (d <= n / d).",
                    "isPrime(%d) tardó %d ms: dividir entre todos los números menores que n son dos mil millones "
                            + "de divisiones aquí. Un divisor mayor que √n siempre va con uno menor, así que detente "
                            + "en √n (d <= n / d).", prime, millis));
        }
    }
}
