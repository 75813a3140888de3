package grader;

/**
 * What a graded test proves, which decides how an inconclusive result is scored.
 */
public enum Role {
    /** An ordinary check: it passes or it earns nothing. */
    CHECK,
    /** Proves without timing that the work runs concurrently (e.g. a rendezvous of all workers). */
    CONCURRENCY_PROOF,
    /**
     * Measures a speed-up. When the machine cannot show parallel speed right now the test is
     * aborted as "not measured", and it earns its points only if every {@link #CONCURRENCY_PROOF}
     * test of the same exercise passed.
     */
    SPEEDUP
}
