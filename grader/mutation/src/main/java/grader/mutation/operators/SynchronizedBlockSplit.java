package grader.mutation.operators;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.Label;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * ConMAn's SPCR, "split critical region": the block lets go of its lock between two of its
 * lines and takes it again, so another thread can see or change what the block guards halfway
 * through. One mutant per line of the block after its first, each releasing the lock just
 * before that line: {@code ALOAD n MONITOREXIT ALOAD n MONITORENTER}, which leaves the stack as
 * it was. The line that only ends the block (its {@code ALOAD n MONITOREXIT}) gets none: letting
 * go there changes nothing.
 *
 * <p>A block's lines are those before its first exit in the code; lines after an early
 * {@code return} inside the block are not split.
 */
public enum SynchronizedBlockSplit implements CourseMutator {

    SPLIT_SYNCHRONIZED_BLOCK;

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new LocalVariableTracking(next) {
            /** The blocks the code is in, innermost first. */
            private final Deque<Block> open = new ArrayDeque<>();
            /** A new line of the innermost block began; its first instruction decides whether to split. */
            private boolean lineBegan;

            @Override
            void monitorEnter(int slot) {
                emitMonitorEnter();
                if (slot != NONE) {
                    open.push(new Block(slot));
                }
            }

            @Override
            void monitorExit(int slot) {
                emitMonitorExit();
                if (!open.isEmpty() && open.peek().slot == slot) {
                    open.pop();
                    lineBegan = false;
                }
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                super.visitLineNumber(line, start);
                if (!open.isEmpty() && ++open.peek().lines > 1) {
                    lineBegan = true;
                }
            }

            @Override
            void beforeInstruction(int opcode, int var) {
                if (!lineBegan) {
                    return;
                }
                lineBegan = false;
                int slot = open.peek().slot;
                if (opcode == Opcodes.ALOAD && var == slot) {
                    return; // the line only loads the lock to exit the block
                }
                MutationIdentifier id = context.registerMutation(SynchronizedBlockSplit.this,
                        "split the synchronized block: it lets go of the lock before this line and takes it again");
                if (context.shouldMutate(id)) {
                    emitLoad(slot);
                    emitMonitorExit();
                    emitLoad(slot);
                    emitMonitorEnter();
                }
            }
        };
    }

    /** An open block: the local that holds its lock, and how many of its lines have begun. */
    private static final class Block {
        final int slot;
        int lines;

        Block(int slot) {
            this.slot = slot;
        }
    }
}
