package grader.timing;

import static org.assertj.core.api.Assertions.assertThat;

import grader.timing.Measurement.Verdict;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static Measurement measured(double speedup, double calibration) {
        return new Measurement(2, (long) (speedup * 1_000_000), 1_000_000, 1.0, calibration);
    }

    @Test
    void theSubmissionMustReachHalfOfTheCalibrationsGain() {
        assertThat(measured(1.0, 1.9).required()).isCloseTo(1.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(measured(1.0, 3.4).required()).isCloseTo(2.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theRequirementNeverDropsBelowOnePointTwo() {
        assertThat(measured(1.0, 1.36).required()).isEqualTo(1.2);
    }

    @Test
    void aMachineWithoutParallelSpeedGivesNoVerdict() {
        assertThat(measured(1.0, 1.1).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(measured(1.9, 1.3).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aParallelMachineJudgesTheSubmission() {
        assertThat(measured(1.8, 1.9).verdict()).isEqualTo(Verdict.FASTER);
        assertThat(measured(1.05, 1.9).verdict()).isEqualTo(Verdict.NOT_FASTER);
    }
}
