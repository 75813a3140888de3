package grader.instructor.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquivalentMutantsTest {

    private static final String LIST = "solutions/ex01-demo/mutants/equivalent.txt";

    @Test
    void readsEntriesOfThreeLinesAndSkipsCommentsAndBlankLines() {
        EquivalentMutants list = EquivalentMutants.parse(List.of(
                "# Mutants no graded test can kill.",
                "",
                "mutant: ex01.Demo$Inner.lambda$run$0 | NegateConditionalsMutator | negated conditional",
                "line:   if  (interrupted) {",
                "why:    the interrupt is restored for a caller the tests never interrupt",
                ""), LIST);

        assertThat(list.problems()).isEmpty();
        assertThat(list.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.key()).isEqualTo(new MutantKey("ex01.Demo$Inner", "lambda$run$0",
                    "NegateConditionalsMutator", "negated conditional", "if (interrupted) {"));
            assertThat(entry.reason()).isEqualTo("the interrupt is restored for a caller the tests never interrupt");
            assertThat(entry.line()).isEqualTo(3);
        });
    }

    @Test
    void anEntryWithoutItsReasonOrItsLineIsAProblemNamingWhere() {
        EquivalentMutants list = EquivalentMutants.parse(List.of(
                "mutant: ex01.Demo.answer | MathMutator | Replaced integer multiplication with division",
                "line: int computedWithGreatCare = 6 * 7;",
                "why:",
                "",
                "mutant: ex01.Demo.answer | MathMutator",
                "line: return computedWithGreatCare;",
                "why: no reason is enough for a broken entry"), LIST);

        assertThat(list.problems()).extracting(Problem::toString).containsExactly(
                LIST + ":3: say why no graded test can kill this mutant",
                LIST + ":5: an entry is three lines, \"mutant: Class.method | Mutator | what it did\", \"line: ...\" "
                        + "and \"why: ...\", as the mutation check prints them");
    }

    @Test
    void theMutationCheckPrintsAnEntryThatReadsBackAsTheSameMutant() {
        MutantKey key = new MutantKey("ex07.ProcessPipeline$Pump", "awaitEnd", "VoidMethodCallMutator",
                "removed call to java/lang/Thread::join", "    thread.join();");

        EquivalentMutants list = EquivalentMutants.parse(List.of((key.asEntry() + "why: because").split("\\R")), LIST);

        assertThat(list.entries()).extracting(EquivalentMutants.Entry::key).containsExactly(key);
    }
}
