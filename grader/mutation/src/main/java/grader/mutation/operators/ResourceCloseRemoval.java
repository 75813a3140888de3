package grader.mutation.operators;

import java.util.HashSet;
import java.util.Set;
import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * A try-with-resources statement never closes its resource: a pipe end that is never closed, so
 * its reader never sees the end of the stream; a child process that is never destroyed.
 *
 * <p>javac closes a resource in several places (after the block, before each {@code return} in
 * it, and in the handler for anything it throws), each time as {@code ALOAD n close()}. One
 * mutant removes all of them: every {@code close()} of what local {@code n} holds, up to the next
 * store into {@code n}. PIT's own filter leaves every mutant in code that javac generates for
 * try-with-resources out, this one included; {@link grader.mutation.pit.TryWithResourcesCloses}
 * lets this one in. A {@code close()} outside try-with-resources is PIT's own
 * {@code VOID_METHOD_CALLS}'s to remove, and that filter leaves this operator's out.
 */
public enum ResourceCloseRemoval implements CourseMutator {

    REMOVE_CLOSE;

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new LocalVariableTracking(next) {
            /** Locals whose resource already has its mutant, until something else is stored into them. */
            private final Set<Integer> mutated = new HashSet<>();
            /** The local whose closes this mutant removes. */
            private int removing = NONE;

            @Override
            void storeInto(int slot) {
                mutated.remove(slot);
                if (slot == removing) {
                    removing = NONE;
                }
            }

            @Override
            void methodCall(int opcode, String owner, String name, String descriptor, boolean isInterface,
                            int loadedFrom) {
                boolean close = name.equals("close") && descriptor.equals("()V")
                        && (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE);
                if (!close || loadedFrom == NONE) {
                    emitCall(opcode, owner, name, descriptor, isInterface);
                    return;
                }
                if (loadedFrom != removing && mutated.add(loadedFrom)) {
                    String type = owner.substring(owner.lastIndexOf('/') + 1);
                    MutationIdentifier id = context.registerMutation(ResourceCloseRemoval.this,
                            "removed every close() of the " + type + " resource: it is never closed");
                    if (context.shouldMutate(id)) {
                        removing = loadedFrom;
                    }
                }
                if (loadedFrom == removing) {
                    emitPop(); // the resource, loaded to be closed
                } else {
                    emitCall(opcode, owner, name, descriptor, isInterface);
                }
            }
        };
    }
}
