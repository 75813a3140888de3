package grader.scoreboard;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the first compiler error of an exercise whose tests did not run, so the scoreboard can
 * say "does not compile" and show it. Compiles the exercise's code and tests into a scratch
 * folder with this JVM's class path, which holds everything the tests use, for the Java release
 * the course's build compiles for (so an API newer than that is an error here as it was there).
 */
public final class CompileProbe {

    private static final int BUILD_RELEASE = buildRelease();

    private CompileProbe() {
    }

    /**
     * The root pom's {@code maven.compiler.release}, read from the class file of this class, which
     * that build compiled: its major version is the release plus 44.
     */
    static int buildRelease() {
        try (DataInputStream classFile = new DataInputStream(
                CompileProbe.class.getResourceAsStream(CompileProbe.class.getSimpleName() + ".class"))) {
            classFile.readInt(); // 0xCAFEBABE
            classFile.readUnsignedShort(); // the minor version
            return classFile.readUnsignedShort() - 44;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first error as {@code path:line: message}, or empty when everything compiles. */
    public static Optional<String> firstError(ExerciseModule module, Path root) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return Optional.empty();
        }
        List<Path> sources = new ArrayList<>(JavaSources.in(module.mainSources()));
        sources.addAll(JavaSources.in(module.testSources()));
        if (sources.isEmpty()) {
            return Optional.of("no Java sources in " + root.relativize(module.dir()));
        }
        Path scratch = Files.createTempDirectory("compile-probe");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
            List<String> options = List.of("--release", String.valueOf(BUILD_RELEASE), "-proc:none", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", scratch.toString());
            javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } finally {
            deleteRecursively(scratch);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(d -> describe(d, root));
    }

    private static String describe(Diagnostic<? extends JavaFileObject> error, Path root) {
        String where = error.getSource() == null ? ""
                : root.relativize(Path.of(error.getSource().toUri())) + ":" + error.getLineNumber() + ": ";
        return where + error.getMessage(Locale.ENGLISH);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
