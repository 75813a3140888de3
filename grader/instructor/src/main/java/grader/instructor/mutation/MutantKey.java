package grader.instructor.mutation;

/**
 * What identifies a mutant across changes elsewhere in its file: where it is (class and method),
 * who made it and what it did, and the text of the line it changed. A line number alone would
 * move with every line added above it.
 *
 * @param className   the binary name of the class, {@code ex07.ProcessPipeline$Pump}
 * @param method      the method's name as in the bytecode ({@code <init>}, {@code lambda$run$0})
 * @param mutator     the operator, by the last part of its class name ({@code NegateConditionalsMutator})
 * @param description what the operator did there, as it says it
 * @param lineText    the source line it changed, with its spaces collapsed
 */
record MutantKey(String className, String method, String mutator, String description, String lineText) {

    MutantKey {
        lineText = lineText.strip().replaceAll("\\s+", " ");
    }

    /** The entry that lists this mutant as equivalent, without the reason. */
    String asEntry() {
        return EquivalentMutants.MUTANT + className + "." + method + EquivalentMutants.SEPARATOR + mutator
                + EquivalentMutants.SEPARATOR + description + System.lineSeparator()
                + EquivalentMutants.LINE + lineText + System.lineSeparator();
    }
}
