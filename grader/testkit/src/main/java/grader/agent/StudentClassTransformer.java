package grader.agent;

import grader.guard.RunawayThreads;
import grader.guard.StudentCode;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Puts a call to {@link RunawayThreads#check()} before every backward jump (every loop
 * iteration) of the student's classes, so the grader can stop a loop that outlives its test.
 * Only classes loaded from {@code -Dgrader.studentClasses} are touched; the call changes neither
 * the stack nor the locals, so the class's stack map frames stay valid as they are.
 */
final class StudentClassTransformer implements ClassFileTransformer {

    private static final String OWNER = Type.getInternalName(RunawayThreads.class);

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain domain, byte[] classFile) {
        if (classBeingRedefined != null || domain == null || !StudentCode.isStudentLocation(domain.getCodeSource())) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new LoopCheckpoints(super.visitMethod(access, name, descriptor, signature, exceptions));
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            GraderAgent.warn("left " + className + " as compiled: " + e);
            return null;
        }
    }

    /** Inserts the check before each jump to a label already seen, i.e. each loop's back edge. */
    private static final class LoopCheckpoints extends MethodVisitor {

        private final Set<Label> seen = new HashSet<>();

        LoopCheckpoints(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (seen.contains(target)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "check", "()V", false);
            }
            super.visitJumpInsn(opcode, target);
        }
    }
}
