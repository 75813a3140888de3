package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import org.junit.jupiter.api.Test;

class NotifyAllToNotifyTest {

    static final class Signal {
        private final Object lock = new Object();

        void wakeEveryone() {
            synchronized (lock) {
                lock.notifyAll();
            }
        }

        void wakeOne() {
            synchronized (lock) {
                lock.notify();
            }
        }
    }

    private final Mutants mutants = Mutants.of(Signal.class, NotifyAllToNotify.NOTIFY_ALL_TO_NOTIFY);

    @Test
    void notifyAllBecomesNotifyAndNotifyStaysAsItIs() throws Exception {
        var mutation = mutants.onlyIn("wakeEveryone");

        assertThat(mutants.instructions(mutation, "wakeEveryone"))
                .contains("INVOKEVIRTUAL notify")
                .doesNotContain("INVOKEVIRTUAL notifyAll");
        assertThat(mutants.in("wakeOne")).isEmpty();
        Mutants.call(mutants.instance(mutation), "wakeEveryone"); // still a valid class
    }
}
