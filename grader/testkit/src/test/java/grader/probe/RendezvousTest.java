package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendezvousTest {

    @Test
    void workersThatRunTogetherMeet() throws InterruptedException {
        Rendezvous rendezvous = new Rendezvous(4);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(new Thread(rendezvous::arrive));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(rendezvous.allMet()).isTrue();
        assertThat(rendezvous.mostTogether()).isEqualTo(4);
        rendezvous.assertAllMet(Thread.currentThread(), "", "");
    }

    @Test
    void workersThatRunOneAfterAnotherNeverMeetAndTheTestSaysHowManyDid() throws InterruptedException {
        Rendezvous rendezvous = new Rendezvous(3, Duration.ofMillis(200));
        for (int i = 0; i < 3; i++) {
            Thread worker = new Thread(rendezvous::arrive);
            worker.start();
            worker.join(); // the classic mistake: join inside the loop that starts
        }

        assertThat(rendezvous.allMet()).isFalse();
        assertThat(rendezvous.mostTogether()).isEqualTo(1);
        assertThatThrownBy(() -> rendezvous.assertAllMet(Thread.currentThread(), "look at join()", "mira join()"))
                .hasMessageContaining("3")
                .hasMessageContaining("1");
    }

    @Test
    void workDoneOnTheCallingThreadIsReported() {
        Rendezvous rendezvous = new Rendezvous(1);
        rendezvous.around(x -> x).applyAsLong(1);

        assertThatThrownBy(() -> rendezvous.assertAllMet(Thread.currentThread(), "", ""))
                .hasMessageContaining("thread");
    }

    @Test
    void aThreadWaitsOnlyTheFirstTimeItArrives() {
        Rendezvous rendezvous = new Rendezvous(1);
        for (int i = 0; i < 3; i++) {
            rendezvous.arrive();
        }
        assertThat(rendezvous.threads()).containsExactly(Thread.currentThread());
    }
}
