package grader.mutation.operators;

import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.MethodVisitor;

/**
 * ConMAn's RSB, "remove synchronized block": the block's code runs without its lock. Its
 * {@code MONITORENTER} and each of its {@code MONITOREXIT}s, the one in the handler for anything
 * thrown included, become a {@code POP} of the lock, so the stack stays as it was.
 */
public enum SynchronizedBlockRemoval implements CourseMutator {

    REMOVE_SYNCHRONIZED_BLOCK;

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new LocalVariableTracking(next) {
            /** The local that holds the lock of the block being removed, while its exits are still to come. */
            private int removing = NONE;

            @Override
            void monitorEnter(int slot) {
                if (slot == NONE) {
                    emitMonitorEnter();
                    return;
                }
                if (slot == removing) {
                    removing = NONE; // a later block whose lock javac keeps in the same local
                }
                MutationIdentifier id = context.registerMutation(SynchronizedBlockRemoval.this,
                        "removed the synchronized block: its code runs without the lock");
                if (context.shouldMutate(id)) {
                    emitPop();
                    removing = slot;
                } else {
                    emitMonitorEnter();
                }
            }

            @Override
            void monitorExit(int slot) {
                if (slot != NONE && slot == removing) {
                    emitPop();
                } else {
                    emitMonitorExit();
                }
            }
        };
    }
}
