package grader.instructor.mutation;

/**
 * One mutant of a reference solution and what became of it.
 *
 * @param key       what identifies it, also in the list of equivalent mutants
 * @param file      its source file, relative to the repository's root
 * @param line      the line it changes
 * @param operator  who made it: PIT's own operators, the course's concurrency operators in PIT, or
 *                  the course's source mutants
 * @param status    how its run ended, in PIT's words ({@code KILLED}, {@code TIMED_OUT}, ...)
 * @param verdict   what that means for the check
 * @param killedBy  the test that failed on it, or empty
 */
record Mutant(MutantKey key, String file, int line, Operators operator, String status, Verdict verdict,
              String killedBy) {

    /** Who made a mutant. */
    enum Operators {
        /** PIT's own operators. */
        PIT,
        /** The course's concurrency operators, which PIT applies ({@code grader.mutation.operators}). */
        CONCURRENCY,
        /** The course's mutants of modifiers, made in the source and graded by a build ({@link SourceMutants}). */
        SOURCE
    }

    boolean killed() {
        return verdict == Verdict.KILLED;
    }
}
