package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.integers;

import grader.Graded;
import grader.property.Theories;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** What the parallel search returns: the primes of [from, to), ascending, each once. */
class PrimeFinderTest {

    /** The oracle for every range these tests search, apart from the one near Integer.MAX_VALUE. */
    private static final PrimeSieve SIEVE = new PrimeSieve(-1_000, 1_010_000);

    @Graded(points = 3,
            en = "the parallel list equals a sieve's for random ranges, worker and chunk counts: ascending, each prime once, within [from, to)",
            es = "la lista paralela es igual a la de una criba para rangos, trabajadores y trozos aleatorios: ascendente, cada primo una vez, dentro de [from, to)")
    void listsThePrimesOfAnyRange() {
        // The cases students miss most, then random ones.
        assertListsThePrimes(0, 0, 2, 3, SIEVE);          // empty range
        assertListsThePrimes(-50, 2, 2, 4, SIEVE);        // no prime below 2
        assertListsThePrimes(0, 3, 4, 8, SIEVE);          // fewer numbers than chunks
        assertListsThePrimes(2, 3, 1, 1, SIEVE);          // one number, one worker, one chunk
        assertListsThePrimes(0, 1_000_000, 2, 20_000, SIEVE); // (to - from) * k overflows an int
        assertListsThePrimes(Integer.MAX_VALUE - 1_000, Integer.MAX_VALUE, 3, 7,
                new PrimeSieve(Integer.MAX_VALUE - 1_000, Integer.MAX_VALUE));
        Theories.theory()
                .forAll(integers().between(-1_000, 1_000_000), integers().between(0, 3_000),
                        integers().between(1, 8), integers().between(1, 40))
                .checkAssert((from, size, workers, chunks) ->
                        assertListsThePrimes(from, from + size, workers, chunks, SIEVE));
    }

    @Graded(points = 1,
            en = "the chunks' primes are merged in chunk order, even when later chunks finish first",
            es = "los primos de los trozos se unen en el orden de los trozos, aunque los últimos terminen antes")
    void mergesInChunkOrderWhenLaterChunksFinishFirst() {
        int to = 20_000;
        CountDownLatch lastNumberTested = new CountDownLatch(1);
        IntPredicate firstChunkFinishesLast = n -> {
            if (n == to - 1) {
                lastNumberTested.countDown();
            }
            if (n == 0) {
                await(lastNumberTested);
            }
            return SIEVE.isPrime(n);
        };

        List<Integer> primes = PrimeFinder.primesIn(0, to, 2, 8, firstChunkFinishesLast);

        assertPrimesOf(0, to, primes, SIEVE, localized(
                "primesIn(0, %d, workers=2, chunks=8), whose first chunk finishes last, so the chunks must be "
                        + "merged in their own order (that of their Futures), not in the order in which they finish,",
                "primesIn(0, %d, workers=2, chunks=8), cuyo primer trozo termina el último, así que los trozos se "
                        + "deben unir en su propio orden (el de sus Future), no en el orden en que terminan,", to));
    }

    @Graded(points = 1,
            en = "a reversed range, fewer than one worker or fewer than one chunk is rejected with a message that names the value",
            es = "un rango invertido, menos de un trabajador o menos de un trozo se rechaza con un mensaje que dice el valor")
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> PrimeFinder.primesIn(10, 5, 2, 2, SIEVE::isPrime))
                .as(localized("primesIn(10, 5, ...) must throw an IllegalArgumentException whose message names 10 and 5",
                        "primesIn(10, 5, ...) debe lanzar una IllegalArgumentException cuyo mensaje diga 10 y 5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10")
                .hasMessageContaining("5");
        for (int few : new int[] {0, -3}) { // 0 is the edge: fewer than one, not below zero
            assertThatThrownBy(() -> PrimeFinder.primesIn(0, 10, few, 2, SIEVE::isPrime))
                    .as(localized("primesIn with workers = %d must throw an IllegalArgumentException whose message "
                                    + "names %d", "primesIn con workers = %d debe lanzar una IllegalArgumentException "
                                    + "cuyo mensaje diga %d", few, few))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(few));
            assertThatThrownBy(() -> PrimeFinder.primesIn(0, 10, 2, few, SIEVE::isPrime))
                    .as(localized("primesIn with chunks = %d must throw an IllegalArgumentException whose message "
                                    + "names %d", "primesIn con chunks = %d debe lanzar una IllegalArgumentException "
                                    + "cuyo mensaje diga %d", few, few))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(few));
        }
    }

    private static void assertListsThePrimes(int from, int to, int workers, int chunks, PrimeSieve sieve) {
        assertPrimesOf(from, to, PrimeFinder.primesIn(from, to, workers, chunks, sieve::isPrime), sieve,
                String.format("primesIn(%d, %d, workers=%d, chunks=%d)", from, to, workers, chunks));
    }

    /** Checks the list in the order a student can act on, naming the first number that is wrong. */
    private static void assertPrimesOf(int from, int to, List<Integer> primes, PrimeSieve sieve, String call) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < primes.size(); i++) {
            int p = primes.get(i);
            if (p < from || p >= to) {
                fail(localized("%s returned %d, outside [from, to): is `to` excluded, and does every chunk stay "
                                + "inside the range?",
                        "%s devolvió %d, fuera de [from, to): ¿se excluye `to`, y queda cada trozo dentro del "
                                + "rango?", call, p));
            }
            if (!seen.add(p)) {
                fail(localized("%s returned %d twice: do neighbouring chunks overlap?",
                        "%s devolvió %d dos veces: ¿se solapan trozos vecinos?", call, p));
            }
            if (i > 0 && p < primes.get(i - 1)) {
                fail(localized("%s is not in ascending order: %d comes after %d. Append the chunks' primes in "
                                + "the order of the chunks",
                        "%s no está en orden ascendente: %d va después de %d. Añade los primos de los trozos en "
                                + "el orden de los trozos", call, p, primes.get(i - 1)));
            }
        }
        List<Integer> expected = sieve.primesIn(from, to);
        for (int p : expected) {
            if (!seen.contains(p)) {
                fail(localized("%s found %d of the %d primes a sieve finds; the first one missing is %d: are some "
                                + "numbers in no chunk at all?",
                        "%s encontró %d de los %d primos que encuentra una criba; el primero que falta es %d: "
                                + "¿hay números que no están en ningún trozo?", call, primes.size(), expected.size(), p));
            }
        }
        for (int p : primes) {
            if (!sieve.isPrime(p)) {
                fail(localized("%s returned %d, which is not prime: keep only the numbers that isPrime accepts",
                        "%s devolvió %d, que no es primo: quédate solo con los números que isPrime acepta", call, p));
            }
        }
    }

    /** Waits for the latch; a worker that waits in vain gives up after a while, and the order still counts. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
