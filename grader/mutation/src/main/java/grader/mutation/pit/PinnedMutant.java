package grader.mutation.pit;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.security.ProtectionDomain;
import java.util.Map;
import org.pitest.mutationtest.engine.Mutant;
import org.pitest.mutationtest.environment.EnvironmentResetPlugin;
import org.pitest.mutationtest.environment.ResetEnvironment;

/**
 * Keeps the mutant PIT swapped in where the interleaving tests' model checker, Lincheck, would
 * lose it. Each run of Lincheck retransforms the classes it explores and puts them back when it
 * ends. Once it has done so in a JVM, a class that PIT redefines afterwards is lost at Lincheck's
 * next run: the retransformation starts from the class as it was before, and Lincheck's own cache
 * of instrumented classes answers with its earlier copy. And PIT always lets Lincheck run first:
 * its JUnit 5 plugin finds a JVM's tests by running them all, before the first mutant. Measured on
 * ex05: a mutant whose {@code snapshot()} returns null returned a snapshot again after one Lincheck
 * run; the mutants that take the lock out of {@code snapshot()} or split a block of {@code Mood}
 * passed the interleaving tests under PIT, and failed them once this class was in place.
 *
 * <p>So this is also a Java agent of PIT's test JVMs ({@code -javaagent}, see solutions/pom.xml):
 * its transformer, able to retransform and registered before Lincheck's, hands every redefinition
 * and retransformation of the mutated class the mutant's bytes; and before each mutant, PIT's
 * reset makes Lincheck forget its instrumented copy of that class.
 */
public final class PinnedMutant implements EnvironmentResetPlugin {

    private static final String LINCHECK_TRANSFORMER = "org.jetbrains.lincheck.jvm.agent.LincheckClassFileTransformer";
    private static final String LINCHECK_CACHES = "transformedClassesCachesByMode";

    /** The mutant this JVM runs now, or null before PIT swaps in the first one. */
    private static volatile Mutant current;

    public static void premain(String arguments, Instrumentation instrumentation) {
        instrumentation.addTransformer(transformer(), true);
    }

    /** Gives a redefinition or retransformation of the class PIT mutated now the mutant's bytes. */
    static ClassFileTransformer transformer() {
        return new ClassFileTransformer() {
            @Override
            public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                                    ProtectionDomain domain, byte[] classFile) {
                Mutant mutant = current;
                boolean mutated = mutant != null && classBeingRedefined != null
                        && mutant.getDetails().getClassName().asInternalName().equals(className);
                return mutated ? mutant.getBytes() : null;
            }
        };
    }

    @Override
    public String description() {
        return "Tools that retransform classes (Lincheck) see the mutant";
    }

    @Override
    public ResetEnvironment make() {
        return mutant -> {
            current = mutant;
            forgetInLincheck(mutant.getDetails().getClassName().asJavaName());
        };
    }

    /** Drops Lincheck's instrumented copy of {@code className}, if Lincheck is on the class path. */
    private static void forgetInLincheck(String className) {
        Class<?> transformer;
        try {
            transformer = Class.forName(LINCHECK_TRANSFORMER, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError noLincheck) {
            return;
        }
        try {
            Field field = transformer.getDeclaredField(LINCHECK_CACHES);
            field.setAccessible(true);
            for (Object cache : ((Map<?, ?>) field.get(null)).values()) {
                ((Map<?, ?>) cache).keySet().removeIf(name -> name.toString().replace('/', '.').equals(className));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("[mutation check] cannot make Lincheck forget " + className + " (" + e
                    + "): its interleaving tests may see the class as compiled instead of the mutant");
        }
    }
}
