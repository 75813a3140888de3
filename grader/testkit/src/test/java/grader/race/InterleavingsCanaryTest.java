package grader.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Canaries: known races that {@link Interleavings} must catch on the JDK running this test, so
 * a Lincheck or JDK upgrade that blinds the model checker fails here, not silently in a grade.
 * CI runs these on every JDK the course supports.
 */
class InterleavingsCanaryTest {

    /** {@code count++} on a plain field: read, add, write, and another thread in between. */
    static final class RacyCounter {
        private int count;

        void increment() {
            count++;
        }

        int count() {
            return count;
        }
    }

    static final class SafeCounter {
        private int count;

        synchronized void increment() {
            count++;
        }

        synchronized int count() {
            return count;
        }
    }

    /** Two fields that should change together, changed in two separately locked steps. */
    static final class HalfDonePair {
        private int up;
        private int down;

        void move() {
            synchronized (this) {
                up++;
            }
            synchronized (this) {
                down--;
            }
        }

        synchronized int sum() {
            return up + down;
        }
    }

    // Shared state in static fields, as Interleavings requires.
    private static RacyCounter racy;
    private static SafeCounter safe;
    private static HalfDonePair pair;
    private static int observedSum;

    @AfterEach
    void defaultLanguage() {
        System.clearProperty("grader.lang");
    }

    @Test
    void catchesALostUpdateOnAPlainField() {
        Throwable failure = catchThrowable(() -> Interleavings.of(() -> {
            racy = new RacyCounter();
            Interleavings.runTogether(() -> racy.increment(), () -> racy.increment());
            if (racy.count() != 2) {
                throw new AssertionError("count=" + racy.count());
            }
        }).assertAlwaysHolds("two increments count two", "dos incrementos cuentan dos"));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("two increments count two: false in at least one interleaving")
                .hasMessageContaining("count=1")
                .hasMessageContaining("switch")
                .hasMessageNotContaining("Detailed trace")
                .hasMessageNotContaining("\tat ");
    }

    @Test
    void passesTheSameScenarioWhenTheCounterIsSynchronized() {
        Interleavings.of(() -> {
            safe = new SafeCounter();
            Interleavings.runTogether(() -> safe.increment(), () -> safe.increment());
            if (safe.count() != 2) {
                throw new AssertionError("count=" + safe.count());
            }
        }).assertAlwaysHolds("two increments count two", "dos incrementos cuentan dos");
    }

    @Test
    void catchesAnObserverThatSeesAChangeHalfway() {
        Throwable failure = catchThrowable(() -> Interleavings.of(() -> {
            pair = new HalfDonePair();
            observedSum = 0;
            Interleavings.runTogether(() -> pair.move(), () -> observedSum = pair.sum());
            if (observedSum != 0) {
                throw new AssertionError("sum=" + observedSum);
            }
        }).assertAlwaysHolds("the pair always sums to zero", "el par siempre suma cero"));

        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessageContaining("sum=1");
    }

    @Test
    void reportsAnExceptionOfTheScenarioAsItsFailure() {
        Throwable failure = catchThrowable(() -> Interleavings.of(() -> {
            throw new IllegalStateException("thrown by the submission");
        }).assertAlwaysHolds("the scenario ends normally", "el escenario termina con normalidad"));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the scenario ends normally: false")
                .hasMessageContaining("thrown by the submission");
    }

    @Test
    void explainsTheInterleavingInTheStudentsLanguage() {
        System.setProperty("grader.lang", "es");

        Throwable failure = catchThrowable(() -> Interleavings.of(() -> {
            racy = new RacyCounter();
            Interleavings.runTogether(() -> racy.increment(), () -> racy.increment());
            if (racy.count() != 2) {
                throw new AssertionError("count=" + racy.count());
            }
        }).hint("look at count++", "mira count++")
                .assertAlwaysHolds("two increments count two", "dos incrementos cuentan dos"));

        assertThat(failure).hasMessageStartingWith(
                "dos incrementos cuentan dos: falso en al menos un entrelazado de los hilos. mira count++");
    }

    @Test
    void reportsUnfinishedWorkAsItIsWithoutAnInterleavingOrTheHint() {
        Throwable failure = catchThrowable(() -> Interleavings.of(() -> Interleavings.runTogether(
                () -> {
                    throw new UnsupportedOperationException("TODO: Bank.transfer");
                },
                () -> {
                    throw new UnsupportedOperationException("TODO: Bank.transfer");
                }))
                .hint("Two transfers that lock the same accounts in opposite orders deadlock.", "Interbloqueo.")
                .assertAlwaysHolds("opposite transfers never deadlock", "transferencias opuestas nunca se bloquean"));

        assertThat(failure).isInstanceOf(UnsupportedOperationException.class).hasMessage("TODO: Bank.transfer");
    }

    @Test
    void failsTheScenarioWithTheExceptionOfOneOfItsThreads() {
        Throwable failure = catchThrowable(() -> Interleavings.of(() -> Interleavings.runTogether(
                () -> { },
                () -> {
                    throw new IllegalStateException("thrown by a thread of the scenario");
                }))
                .assertAlwaysHolds("the threads end normally", "los hilos terminan con normalidad"));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the threads end normally: false")
                .hasMessageContaining("thrown by a thread of the scenario");
    }
}
