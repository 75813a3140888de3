package grader.instructor.mutation;

/** What became of a mutant. */
enum Verdict {
    /** A graded test failed on it: it failed, hung past its deadline or PIT's time-out, or ran out of memory. */
    KILLED,
    /** Every graded test that ran it passed, or none ran it. */
    SURVIVED,
    /**
     * It never ran: the JVM refused the mutated class, or PIT's test JVM failed around it. Neither
     * killed nor survived, so the check fails until it runs.
     */
    NOT_RUN;

    /** PIT's status of a mutant ({@code DetectionStatus}) as a verdict. */
    static Verdict ofPit(String status) {
        return switch (status) {
            case "KILLED", "TIMED_OUT", "MEMORY_ERROR" -> KILLED;
            case "SURVIVED", "NO_COVERAGE" -> SURVIVED;
            default -> NOT_RUN; // NON_VIABLE, RUN_ERROR, NOT_STARTED, STARTED
        };
    }
}
