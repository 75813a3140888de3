package grader.mutation.pit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pitest.mutationtest.engine.Mutant;
import org.pitest.mutationtest.environment.EnvironmentResetPlugin;
import org.pitest.mutationtest.environment.ResetEnvironment;

/**
 * Makes the child JVMs that a test starts run the same mutant as PIT's test JVM. PIT swaps each
 * mutant into its own running JVM only; a child JVM loads its classes afresh from the class path
 * it is given, which the exercises take from {@code java.class.path}. So in each of PIT's test
 * JVMs this puts a folder of its own first on {@code java.class.path}, and before each mutant
 * runs, writes the mutated class there, and only it: a child started meanwhile loads the mutant,
 * and every other class as compiled.
 *
 * <p>PIT calls {@link #make()} in each test JVM before it loads any test class, so a test that
 * reads {@code java.class.path} in a static initializer reads it with the folder in place.
 */
public final class ChildJvmMutants implements EnvironmentResetPlugin {

    @Override
    public String description() {
        return "Child JVMs started by the tests load the mutated class";
    }

    @Override
    public ResetEnvironment make() {
        Path folder = createFolder();
        System.setProperty("java.class.path", folder + File.pathSeparator + System.getProperty("java.class.path"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(folder), "delete child JVM mutants"));
        return mutant -> write(folder, mutant);
    }

    /** Leaves in {@code folder} only the class file of {@code mutant}, as mutated. */
    static void write(Path folder, Mutant mutant) {
        String className = mutant.getDetails().getClassName().asInternalName();
        Path classFile = folder.resolve(className + ".class");
        try {
            deleteClassFiles(folder);
            Files.createDirectories(classFile.getParent());
            Files.write(classFile, mutant.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutant of " + className + " for child JVMs", e);
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("child-jvm-mutants-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of mutants for child JVMs", e);
        }
    }

    private static void deleteClassFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.delete(file);
            }
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind harms nobody
        }
    }
}
