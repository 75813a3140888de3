package grader.instructor.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutationCheckTest {

    private static final String LIST = "solutions/ex01-demo/mutants/equivalent.txt";
    private static final String FILE = "solutions/ex01-demo/src/main/java/ex01/Demo.java";

    @Test
    void aListedSurvivorIsEquivalentAndAnUnlistedOneAProblemWithItsEntryReadyToPaste() {
        Mutant listed = mutant("answer", "Replaced integer multiplication with division", "SURVIVED");
        Mutant unlisted = mutant("answer", "Replaced integer return with 0", "NO_COVERAGE");
        Mutant killed = mutant("answer", "negated conditional", "TIMED_OUT");
        List<Problem> problems = new ArrayList<>();

        int equivalent = MutationCheck.triage(List.of(listed, unlisted, killed), list(listed), LIST, problems);

        assertThat(equivalent).isEqualTo(1);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("no graded test kills this mutant (NO_COVERAGE)", LIST,
                    "mutant: ex01.Demo.answer | MathMutator | Replaced integer return with 0",
                    "line: return 6 * 7;");
        });
    }

    @Test
    void anEntryThatNoMutantMatchesMustGo() {
        Mutant changed = mutant("answer", "Replaced integer multiplication with division", "SURVIVED");
        Mutant other = mutant("answer", "negated conditional", "KILLED");
        List<Problem> problems = new ArrayList<>();

        MutationCheck.triage(List.of(other), list(changed), LIST, problems);

        assertThat(problems).extracting(Problem::toString).containsExactly(LIST + ":1: no mutant matches this "
                + "entry (the code it names changed, or the operator no longer applies there): remove it");
    }

    @Test
    void anEntryWhoseMutantWasKilledThisTimeStaysListed() {
        Mutant sometimesKilled = mutant("answer", "Replaced integer multiplication with division", "KILLED");
        List<Problem> problems = new ArrayList<>();

        int equivalent = MutationCheck.triage(List.of(sometimesKilled), list(sometimesKilled), LIST, problems);

        assertThat(problems).isEmpty();
        assertThat(equivalent).isZero();
    }

    @Test
    void aMutantThatDidNotRunCountsNeitherAsKilledNorAsEquivalent() {
        Mutant refused = mutant("answer", "Replaced integer multiplication with division", "NON_VIABLE");
        List<Problem> problems = new ArrayList<>();

        int equivalent = MutationCheck.triage(List.of(refused), list(refused), LIST, problems);

        assertThat(equivalent).isZero();
        assertThat(problems).extracting(Problem::message).containsExactly(
                "the mutant did not run (NON_VIABLE), so it counts neither as killed nor as equivalent: "
                        + "Replaced integer multiplication with division");
        assertThat(new ExerciseMutants("ex01-demo", List.of(refused), equivalent, 0).killed()).isZero();
    }

    @Test
    void theScoreIsKilledOfTheMutantsNotListedAsEquivalent() {
        List<Mutant> mutants = List.of(mutant("a", "one", "KILLED"), mutant("b", "two", "KILLED"),
                mutant("c", "three", "MEMORY_ERROR"), mutant("d", "four", "SURVIVED"));

        ExerciseMutants exercise = new ExerciseMutants("ex01-demo", mutants, 1, 12);

        assertThat(exercise.score()).isEqualTo(100.0);
        assertThat(exercise.survivors()).isZero();
        assertThat(exercise.summary()).startsWith("ex01-demo").contains("4 mutants (4 PIT, 0 concurrency, 0 source)",
                "3 killed (0 timed out)", "1 equivalent", "0 survivors", "score 100.0 %", "12 s");
        assertThat(exercise.tableRow()).isEqualTo("| ex01-demo | 4 | 4 | 0 | 0 | 3 | 1 | 100.0 % |");
    }

    private static Mutant mutant(String method, String description, String status) {
        return new Mutant(new MutantKey("ex01.Demo", method, "MathMutator", description, "return 6 * 7;"), FILE, 7,
                Mutant.Operators.PIT, status, Verdict.ofPit(status), "");
    }

    private static EquivalentMutants list(Mutant mutant) {
        return EquivalentMutants.parse(List.of((mutant.key().asEntry() + "why: it cannot be told apart").split("\\R")),
                LIST);
    }
}
