package grader.record;

import grader.Role;
import java.util.Collection;

/**
 * How recorded results earn points: the rule that the scoreboard and the progress lines share.
 *
 * <p>A passed test earns its points; a failed, skipped or unfinished one earns none; a speed-up
 * that the machine could not measure ({@link Outcome#ABORTED}, {@link Role#SPEEDUP}) earns its
 * points only if the exercise had a concurrency proof and every one of them passed.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Whether {@code result} is a speed-up that the machine could not measure. */
    public static boolean notMeasured(TestRecord result) {
        return result.outcome() == Outcome.ABORTED && result.role() == Role.SPEEDUP;
    }

    /** Whether the exercise recorded a concurrency proof and every one of them passed. */
    public static boolean proofsPassed(Collection<TestRecord> results) {
        boolean anyProof = false;
        for (TestRecord result : results) {
            if (result.role() == Role.CONCURRENCY_PROOF) {
                anyProof = true;
                if (result.outcome() != Outcome.PASSED) {
                    return false;
                }
            }
        }
        return anyProof;
    }

    /** Whether {@code result} earns its points, given whether its exercise's concurrency proofs passed. */
    public static boolean earns(TestRecord result, boolean proofsPassed) {
        return result.outcome() == Outcome.PASSED || notMeasured(result) && proofsPassed;
    }
}
