package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;

import grader.timing.Workloads;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class WorkerCpuTimeTest {

    /** About a millisecond of arithmetic per call. */
    private static final LongUnaryOperator MILLISECOND = Workloads.busy(1_000_000);

    @Test
    void oneThreadDoingAllTheWorkOfFourIsFourTimesTheAverage() {
        WorkerCpuTime cpu = new WorkerCpuTime();
        LongUnaryOperator work = cpu.around(MILLISECOND);

        for (int i = 0; i < 5; i++) {
            work.applyAsLong(i);
        }

        assertThat(cpu.shares()).singleElement()
                .satisfies(share -> assertThat(share.thread()).startsWith(Thread.currentThread().getName()))
                .satisfies(share -> assertThat(share.cpuMillis()).isPositive());
        assertThat(cpu.busiestToAverage(4)).isEqualTo(4.0);
    }

    @Test
    void aThreadThatWorksThreeTimesAsMuchAsAnotherIsOneAndAHalfTimesTheAverage() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            MILLISECOND.applyAsLong(i); // compiled before anything is measured
        }
        WorkerCpuTime cpu = new WorkerCpuTime();
        LongUnaryOperator work = cpu.around(MILLISECOND);
        Thread light = new Thread(() -> repeat(work, 20), "light");
        Thread heavy = new Thread(() -> repeat(work, 60), "heavy");
        light.start(); // one after the other, so that neither slows the other down
        light.join();
        heavy.start();
        heavy.join();

        assertThat(cpu.shares()).hasSize(2);
        assertThat(cpu.shares().get(0).thread()).startsWith("heavy");
        assertThat(cpu.busiestToAverage(2)).isBetween(1.2, 1.8);
    }

    @Test
    void noWorkAtAllIsEven() {
        assertThat(new WorkerCpuTime().busiestToAverage(4)).isEqualTo(1.0);
    }

    private static void repeat(LongUnaryOperator work, int times) {
        for (int i = 0; i < times; i++) {
            work.applyAsLong(i);
        }
    }
}
