package grader.mutation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pitest.classinfo.ClassName;
import org.pitest.classpath.ClassloaderByteArraySource;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.gregor.GregorMutater;
import org.pitest.mutationtest.engine.gregor.MethodMutatorFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.Printer;

/** The mutants PIT's engine makes of a class with given operators, as the tests of the operators need them. */
public final class Mutants {

    private final Class<?> type;
    private final GregorMutater mutater;

    private Mutants(Class<?> type, List<MethodMutatorFactory> operators) {
        this.type = type;
        this.mutater = new GregorMutater(ClassloaderByteArraySource.fromContext(), method -> true, operators);
    }

    public static Mutants of(Class<?> type, MethodMutatorFactory... operators) {
        return new Mutants(type, List.of(operators));
    }

    /** Every mutation the operators make in the class. */
    public List<MutationDetails> all() {
        return mutater.findMutations(ClassName.fromClass(type));
    }

    /** The mutations in one method of the class. */
    public List<MutationDetails> in(String method) {
        return all().stream().filter(mutation -> mutation.getMethod().equals(method)).toList();
    }

    /** The only mutation in {@code method}. */
    public MutationDetails onlyIn(String method) {
        List<MutationDetails> found = in(method);
        if (found.size() != 1) {
            throw new AssertionError("expected one mutation in " + method + ", found " + found);
        }
        return found.get(0);
    }

    public byte[] bytes(MutationDetails mutation) {
        return mutater.getMutation(mutation.getId()).getBytes();
    }

    /** The class with {@code mutation} applied, loaded afresh: the mutant, where the original still runs. */
    public Class<?> load(MutationDetails mutation) {
        byte[] mutant = bytes(mutation);
        String name = type.getName();
        ClassLoader loader = new ClassLoader(type.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.equals(name)) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, mutant, 0, mutant.length);
                }
            }
        };
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A new instance of the mutant, made with its no-argument constructor. */
    public Object instance(MutationDetails mutation) {
        try {
            var constructor = load(mutation).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Calls the method {@code name} of {@code target} that takes as many parameters as there are
     * {@code arguments}; what it throws reaches the caller unwrapped.
     */
    public static Object call(Object target, String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(target.getClass().getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name) && candidate.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + " with " + arguments.length + " parameters"));
        method.setAccessible(true);
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError(e.getCause());
        }
    }

    /** The instructions of {@code method} in the mutant, by their names ({@code MONITORENTER}, {@code INVOKEVIRTUAL notify}). */
    public List<String> instructions(MutationDetails mutation, String method) {
        List<String> instructions = new ArrayList<>();
        new ClassReader(bytes(mutation)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!name.equals(method)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        instructions.add(Printer.OPCODES[opcode]);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                                boolean isInterface) {
                        instructions.add(Printer.OPCODES[opcode] + " " + name);
                    }
                };
            }
        }, 0);
        return instructions;
    }
}
