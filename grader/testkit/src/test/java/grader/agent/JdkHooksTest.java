package grader.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The hooks go into this JDK's own classes, whatever its version. */
class JdkHooksTest {

    @Test
    void exitAndHaltCallTheExitGuardFirst() throws IOException {
        byte[] runtime = new JdkHooks().transform(null, "java/lang/Runtime", Runtime.class, null, jdkClass(Runtime.class));

        assertThat(firstCall(runtime, "exit")).isEqualTo("grader/guard/ExitGuard.check");
        assertThat(firstCall(runtime, "halt")).isEqualTo("grader/guard/ExitGuard.check");
    }

    @Test
    void startCallsTheThreadGuardFirst() throws IOException {
        byte[] thread = new JdkHooks().transform(null, "java/lang/Thread", Thread.class, null, jdkClass(Thread.class));

        assertThat(firstCall(thread, "start")).isEqualTo("grader/guard/ThreadGuard.beforeStart");
    }

    @Test
    void otherClassesAreLeftAlone() throws IOException {
        assertThat(new JdkHooks().transform(null, "java/lang/System", System.class, null, jdkClass(System.class)))
                .isNull();
    }

    private static byte[] jdkClass(Class<?> type) throws IOException {
        try (InputStream in = Object.class.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The first method call in the public no-argument-or-int method {@code name}. */
    private static String firstCall(byte[] classFile, String name) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                             String[] exceptions) {
                boolean hooked = method.equals(name) && (access & Opcodes.ACC_PUBLIC) != 0
                        && (descriptor.equals("()V") || descriptor.equals("(I)V"));
                return !hooked ? null : new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
                        if (calls.isEmpty()) {
                            calls.add(owner + "." + called);
                        }
                    }
                };
            }
        }, 0);
        return calls.isEmpty() ? "" : calls.get(0);
    }
}
