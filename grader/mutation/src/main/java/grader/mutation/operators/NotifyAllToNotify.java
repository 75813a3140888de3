package grader.mutation.operators;

import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * ConMAn's RNA, "replace notifyAll() with notify()": only one of the threads waiting on the
 * monitor wakes up, and the others may wait forever.
 */
public enum NotifyAllToNotify implements CourseMutator {

    NOTIFY_ALL_TO_NOTIFY;

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new MethodVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                if (opcode == Opcodes.INVOKEVIRTUAL && name.equals("notifyAll") && descriptor.equals("()V")) {
                    MutationIdentifier id = context.registerMutation(NotifyAllToNotify.this,
                            "replaced notifyAll() with notify(): one waiting thread wakes up, the others wait on");
                    if (context.shouldMutate(id)) {
                        super.visitMethodInsn(opcode, owner, "notify", descriptor, isInterface);
                        return;
                    }
                }
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        };
    }
}
