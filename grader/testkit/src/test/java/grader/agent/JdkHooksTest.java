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
    void everyWayToStartAThreadCallsTheThreadGuardFirst() throws IOException {
        byte[] thread = new JdkHooks().transform(null, "java/lang/Thread", Thread.class, null, jdkClass(Thread.class));

        assertThat(firstCalls(thread, "start")).isNotEmpty().containsOnly("grader/guard/ThreadGuard.beforeStart");
    }

    @Test
    void aThreadThatEndsCallsTheThreadGuardFirst() throws IOException {
        byte[] thread = new JdkHooks().transform(null, "java/lang/Thread", Thread.class, null, jdkClass(Thread.class));

        assertThat(firstCalls(thread, "exit")).containsExactly("grader/guard/ThreadGuard.beforeExit");
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

    /** The first method call in the public method {@code name} that takes no argument or an int. */
    private static String firstCall(byte[] classFile, String name) {
        List<String> calls = firstCalls(classFile, name);
        return calls.isEmpty() ? "" : calls.get(0);
    }

    /** The first method call in each method {@code name} that returns nothing. */
    private static List<String> firstCalls(byte[] classFile, String name) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                             String[] exceptions) {
                if (!method.equals(name) || !descriptor.endsWith(")V")) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private boolean first = true;

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
                        if (first) {
                            calls.add(owner + "." + called);
                            first = false;
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }
}
