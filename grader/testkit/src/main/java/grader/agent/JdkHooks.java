package grader.agent;

import grader.guard.ExitGuard;
import grader.guard.ThreadGuard;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Makes the first instruction of {@code Runtime.exit(int)} and {@code Runtime.halt(int)} a call
 * to {@link ExitGuard#check}, that of {@code Thread.start()} (and, since JDK 21, of the
 * package-private {@code Thread.start(ThreadContainer)} that pools use) a call to
 * {@link ThreadGuard#beforeStart}, and that of the private {@code Thread.exit()}, which every
 * platform thread runs as it ends, a call to {@link ThreadGuard#beforeExit}. Nothing else in the
 * JDK changes.
 */
final class JdkHooks implements ClassFileTransformer {

    private static final String EXIT_GUARD = Type.getInternalName(ExitGuard.class);
    private static final String THREAD_GUARD = Type.getInternalName(ThreadGuard.class);
    /** How pools start their threads since JDK 21 ({@code ThreadPoolExecutor} through its thread container). */
    private static final String START_IN_CONTAINER = "(Ljdk/internal/vm/ThreadContainer;)V";

    /** Whether {@code Thread.exit()} was found and rewritten: not every JDK need have it. */
    private volatile boolean threadExitHooked;

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain domain, byte[] classFile) {
        if (!"java/lang/Runtime".equals(className) && !"java/lang/Thread".equals(className)) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                    return hook(className, name, descriptor, access, method);
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            GraderAgent.warn("left " + className + " unchanged: " + e);
            return null;
        }
    }

    /** Whether every ending platform thread now calls {@link ThreadGuard#beforeExit}. */
    boolean hookedThreadExit() {
        return threadExitHooked;
    }

    private MethodVisitor hook(String className, String name, String descriptor, int access,
                                      MethodVisitor method) {
        boolean isPublic = (access & Opcodes.ACC_PUBLIC) != 0;
        if (className.equals("java/lang/Runtime") && isPublic && descriptor.equals("(I)V")
                && (name.equals("exit") || name.equals("halt"))) {
            return new AtEntry(method, mv -> {
                mv.visitVarInsn(Opcodes.ILOAD, 1);
                mv.visitLdcInsn(name);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT_GUARD, "check", "(ILjava/lang/String;)V", false);
            });
        }
        if (className.equals("java/lang/Thread") && name.equals("start")
                && (descriptor.equals("()V") || descriptor.equals(START_IN_CONTAINER))) {
            return new AtEntry(method, mv -> {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, THREAD_GUARD, "beforeStart", "(Ljava/lang/Thread;)V", false);
            });
        }
        if (className.equals("java/lang/Thread") && name.equals("exit") && descriptor.equals("()V")) {
            threadExitHooked = true;
            return new AtEntry(method, mv -> {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, THREAD_GUARD, "beforeExit", "(Ljava/lang/Thread;)V", false);
            });
        }
        return method;
    }

    /** Emits {@code call} before the method's own first instruction. */
    private static final class AtEntry extends MethodVisitor {

        private final Consumer<MethodVisitor> call;

        AtEntry(MethodVisitor next, Consumer<MethodVisitor> call) {
            super(Opcodes.ASM9, next);
            this.call = call;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            call.accept(mv);
        }
    }
}
