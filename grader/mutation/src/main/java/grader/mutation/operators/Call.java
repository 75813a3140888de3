package grader.mutation.operators;

import java.util.Set;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;
import org.pitest.reloc.asm.Type;

/**
 * A method call as it appears in bytecode: the class named in the instruction (javac names the
 * receiver's static type, so a call on an {@code ExecutorService} names that interface, a call on
 * a {@code ThreadPoolExecutor} that class), the method's name and its descriptor.
 */
record Call(Set<String> owners, String name, String descriptor) {

    boolean matches(String owner, String calledName, String calledDescriptor) {
        return name.equals(calledName) && descriptor.equals(calledDescriptor) && owners.contains(owner);
    }

    /** Pops the call's arguments and its receiver, as if it had been made, but without making it. */
    static void popArgumentsAndReceiver(MethodVisitor next, String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = arguments.length - 1; i >= 0; i--) {
            next.visitInsn(arguments[i].getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
        next.visitInsn(Opcodes.POP);
    }
}
