package grader.mutation.pit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import java.lang.instrument.ClassFileTransformer;
import org.junit.jupiter.api.Test;
import org.pitest.mutationtest.engine.Mutant;
import org.pitest.mutationtest.engine.gregor.mutators.returns.PrimitiveReturnsMutator;

class PinnedMutantTest {

    static final class Answer {
        int answer() {
            return 42;
        }
    }

    private final Mutants mutants = Mutants.of(Answer.class, PrimitiveReturnsMutator.PRIMITIVE_RETURNS);

    @Test
    void everyRetransformationOfTheMutatedClassGetsTheMutantAndNothingElseChanges() throws Exception {
        var mutation = mutants.onlyIn("answer");
        byte[] mutant = mutants.bytes(mutation);
        ClassFileTransformer pin = PinnedMutant.transformer();
        String name = "grader/mutation/pit/PinnedMutantTest$Answer";

        assertThat(pin.transform(null, name, Answer.class, null, new byte[] {1})).as("before any mutant").isNull();

        new PinnedMutant().make().resetFor(new Mutant(mutation, mutant)); // Lincheck is not on this class path

        assertThat(pin.transform(null, name, Answer.class, null, new byte[] {1})).isSameAs(mutant);
        assertThat(pin.transform(null, name, null, null, new byte[] {1})).as("a first load").isNull();
        assertThat(pin.transform(null, "grader/mutation/pit/Other", Answer.class, null, new byte[] {1})).isNull();
    }
}
