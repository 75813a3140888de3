package grader.mutation.operators;

import org.pitest.mutationtest.engine.gregor.MethodMutatorFactory;

/**
 * A mutation operator of the course, written as an enum constant: PIT knows it by its class (the
 * globally unique id) and by the constant's name (what {@code <mutators>} and reports use).
 */
interface CourseMutator extends MethodMutatorFactory {

    /** The enum constant's name, which every enum provides. */
    String name();

    @Override
    default String getGloballyUniqueId() {
        return getClass().getName();
    }

    @Override
    default String getName() {
        return name();
    }
}
