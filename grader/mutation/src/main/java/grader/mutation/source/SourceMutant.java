package grader.mutation.source;

/**
 * A mutant made in a source file, for an operator PIT cannot apply to a running JVM.
 *
 * @param className   the binary name of the class it changes, as PIT writes it ({@code ex07.TailBuffer})
 * @param member      the method or field it changes
 * @param operator    the operator's name, as in {@code <mutators>} ({@code REMOVE_SYNCHRONIZED_MODIFIER})
 * @param description what it changed, as a sentence
 * @param line        the line it changed, counted from 1
 * @param source      the whole source file with the change made
 */
public record SourceMutant(String className, String member, String operator, String description, int line,
                           String source) {
}
