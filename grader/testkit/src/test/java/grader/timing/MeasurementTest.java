package grader.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import grader.timing.Measurement.Verdict;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final long MS = 1_000_000;

    /** Steady rounds: the parallel run takes 100 ms, the others follow the ratios given. */
    private static Measurement measured(double speedup, double calibration, double coresBusy) {
        return new Measurement(2, steady((long) (speedup * 100 * MS)), steady(100 * MS), coresBusy,
                steady((long) (calibration * 100 * MS)), steady(100 * MS));
    }

    private static Timings steady(long nanos) {
        return new Timings(nanos, nanos + MS, nanos + 2 * MS, nanos, nanos + MS);
    }

    @Test
    void theSubmissionMustReachHalfOfTheCalibrationsGain() {
        assertThat(measured(1.0, 1.9, 1.9).required()).isCloseTo(1.45, offset(1e-2));
        assertThat(measured(1.0, 3.4, 1.9).required()).isCloseTo(2.2, offset(1e-2));
    }

    @Test
    void theRequirementNeverDropsBelowOnePointTwo() {
        assertThat(measured(1.0, 1.36, 1.9).required()).isEqualTo(1.2);
    }

    @Test
    void aMachineWithoutParallelSpeedGivesNoVerdict() {
        assertThat(measured(1.0, 1.1, 1.0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(measured(1.9, 1.25, 1.9).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aParallelMachineJudgesTheSubmission() {
        assertThat(measured(1.8, 1.9, 1.9).verdict()).isEqualTo(Verdict.FASTER);
        assertThat(measured(1.05, 1.9, 1.0).verdict()).isEqualTo(Verdict.NOT_FASTER);
    }

    @Test
    void aSubmissionFailsOnlyBelowAQuarterOfTheCalibrationsGain() {
        assertThat(measured(1.0, 1.9, 1.9).sequentialBelow()).isCloseTo(1.225, offset(1e-2));
        assertThat(measured(1.2, 1.9, 1.0).verdict()).isEqualTo(Verdict.NOT_FASTER);
    }

    @Test
    void aSpeedUpBetweenAQuarterAndHalfOfTheCalibrationsGainGivesNoVerdict() {
        assertThat(measured(1.3, 1.9, 1.9).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(measured(1.15, 1.5, 1.9).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aDisturbedWindowGivesNoVerdict() {
        Measurement disturbed = new Measurement(2, new Timings(100 * MS, 190 * MS, 200 * MS, 180 * MS, 210 * MS),
                steady(100 * MS), 1.0, steady(190 * MS), steady(100 * MS));

        assertThat(disturbed.noisy()).isTrue();
        assertThat(disturbed.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aSpeedUpWithoutASecondBusyCoreIsNotBelieved() {
        assertThat(measured(1.6, 1.9, 1.0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
}
