package grader.mutation.operators;

import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * A pool is shut down with {@code shutdown()} instead of {@code shutdownNow()}: its threads still
 * end, but only once every task has, because nothing interrupts the tasks that wait (on a queue,
 * a lock, a sleep). The result, the tasks that never started, becomes an empty list.
 */
public enum ShutdownNowToShutdown implements CourseMutator {

    SHUTDOWN_NOW_TO_SHUTDOWN;

    private static final Call SHUTDOWN_NOW = new Call(JdkTypes.EXECUTORS, "shutdownNow", "()Ljava/util/List;");

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new MethodVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                if (opcode != Opcodes.INVOKESTATIC && SHUTDOWN_NOW.matches(owner, name, descriptor)) {
                    MutationIdentifier id = context.registerMutation(ShutdownNowToShutdown.this,
                            "replaced shutdownNow() with shutdown(): waiting tasks are no longer interrupted");
                    if (context.shouldMutate(id)) {
                        super.visitMethodInsn(opcode, owner, "shutdown", "()V", isInterface);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Collections", "emptyList",
                                "()Ljava/util/List;", false);
                        return;
                    }
                }
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        };
    }
}
