package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void workRunOneCallAtATimeIsNeverMoreThanOneInFlight() {
        InFlight inFlight = new InFlight();
        LongUnaryOperator work = inFlight.around(x -> x + 1);

        for (int i = 0; i < 10; i++) {
            assertThat(work.applyAsLong(i)).isEqualTo(i + 1);
        }

        assertThat(inFlight.most()).isEqualTo(1);
        assertThat(inFlight.now()).isZero();
    }

    @Test
    void threadsThatMeetInsideTheWorkAreCountedTogether() throws InterruptedException {
        InFlight inFlight = new InFlight();
        Rendezvous rendezvous = new Rendezvous(3);
        LongUnaryOperator work = inFlight.around(rendezvous.around(x -> x));
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            long part = i;
            threads[i] = new Thread(() -> work.applyAsLong(part));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(rendezvous.allMet()).isTrue();
        assertThat(inFlight.most()).isEqualTo(3);
        assertThat(inFlight.now()).isZero();
    }

    @Test
    void workThatThrowsLeavesTheFlight() {
        InFlight inFlight = new InFlight();
        LongUnaryOperator work = inFlight.around(x -> {
            throw new ArithmeticException("boom");
        });

        assertThatThrownBy(() -> work.applyAsLong(1)).hasMessage("boom");
        assertThat(inFlight.now()).isZero();
        assertThat(inFlight.most()).isEqualTo(1);
    }
}
