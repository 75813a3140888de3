package grader.instructor.mutation;

import java.util.List;

/**
 * An exercise's mutants after the check: what was made, killed and listed as equivalent.
 *
 * @param id         the exercise, {@code ex01-threads}
 * @param mutants    every mutant, PIT's and the source mutants
 * @param equivalent how many of the survivors its list names
 * @param seconds    how long the exercise's part of the check took
 */
record ExerciseMutants(String id, List<Mutant> mutants, int equivalent, long seconds) {

    long count(Mutant.Operators operators) {
        return mutants.stream().filter(mutant -> mutant.operator() == operators).count();
    }

    long killed() {
        return mutants.stream().filter(Mutant::killed).count();
    }

    long timedOut() {
        return mutants.stream().filter(mutant -> mutant.status().equals("TIMED_OUT")).count();
    }

    long survivors() {
        return mutants.stream().filter(mutant -> mutant.verdict() == Verdict.SURVIVED).count() - equivalent;
    }

    /** Killed, of the mutants not listed as equivalent, in percent. */
    double score() {
        long killable = mutants.size() - equivalent;
        return killable == 0 ? 100 : 100.0 * killed() / killable;
    }

    /** The check's line for the exercise. */
    String summary() {
        return String.format("%-22s %4d mutants (%d PIT, %d concurrency, %d source)  %4d killed (%d timed out)"
                        + "  %3d equivalent  %3d survivors  score %5.1f %%  %4d s",
                id, mutants.size(), count(Mutant.Operators.PIT), count(Mutant.Operators.CONCURRENCY),
                count(Mutant.Operators.SOURCE), killed(),
                timedOut(), equivalent, survivors(), score(), seconds);
    }

    /** The exercise's row of the table in INSTRUCTORS.md. */
    String tableRow() {
        return String.format("| %s | %d | %d | %d | %d | %d | %d | %.1f %% |", id, mutants.size(),
                count(Mutant.Operators.PIT), count(Mutant.Operators.CONCURRENCY), count(Mutant.Operators.SOURCE),
                killed(), equivalent, score());
    }
}
