package ex03;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import grader.Graded;
import grader.property.Properties;
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
        Properties.theory()
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

        assertThat(primes)
                .as(localized("primes of [0, %d) found by 2 workers in 8 chunks, where the first chunk finishes "
                                + "last: append each chunk's primes in the order of the chunks (of their Futures), "
                                + "not in the order in which the chunks finish",
                        "primos de [0, %d) hallados por 2 trabajadores en 8 trozos, donde el primer trozo termina "
                                + "el último: añade los primos de cada trozo en el orden de los trozos (de sus Future), "
                                + "no en el orden en que terminan", to))
                .isEqualTo(SIEVE.primesIn(0, to));
    }

    @Graded(points = 1,
            en = "a reversed range, fewer than one worker or fewer than one chunk is rejected with a message that names the value",
            es = "un rango invertido, menos de un trabajador o menos de un trozo se rechaza con un mensaje que dice el valor")
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> PrimeFinder.primesIn(10, 5, 2, 2, SIEVE::isPrime))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10")
                .hasMessageContaining("5");
        assertThatThrownBy(() -> PrimeFinder.primesIn(0, 10, -3, 2, SIEVE::isPrime))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3");
        assertThatThrownBy(() -> PrimeFinder.primesIn(0, 10, 2, -4, SIEVE::isPrime))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-4");
    }

    private static void assertListsThePrimes(int from, int to, int workers, int chunks, PrimeSieve sieve) {
        List<Integer> primes = PrimeFinder.primesIn(from, to, workers, chunks, sieve::isPrime);
        String call = String.format("primesIn(%d, %d, workers=%d, chunks=%d)", from, to, workers, chunks);

        assertThat(primes)
                .as(localized("%s returned numbers outside [from, to): is `to` excluded, and does every chunk "
                                + "stay inside the range?",
                        "%s devolvió números fuera de [from, to): ¿se excluye `to`, y queda cada trozo dentro "
                                + "del rango?", call))
                .allMatch(p -> p >= from && p < to);
        Set<Integer> seen = new HashSet<>();
        assertThat(primes)
                .as(localized("%s returned some primes twice: do neighbouring chunks overlap?",
                        "%s devolvió algunos primos dos veces: ¿se solapan trozos vecinos?", call))
                .allMatch(seen::add);
        assertThat(primes)
                .as(localized("%s is not in ascending order: append the chunks' primes in chunk order",
                        "%s no está en orden ascendente: añade los primos de los trozos en el orden de los trozos",
                        call))
                .isSorted();
        assertThat(primes)
                .as(localized("%s compared with a sieve: are some numbers in no chunk at all?",
                        "%s comparado con una criba: ¿hay números que no están en ningún trozo?", call))
                .isEqualTo(sieve.primesIn(from, to));
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
