package grader.scoreboard.platform;

import grader.scoreboard.ExerciseModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in the repository, the file and line a grade points at, so that an annotation opens the
 * student's own code: {@code ParallelSum.java:39} becomes
 * {@code exercises/ex01-threads/src/main/java/ex01/ParallelSum.java}, line 39.
 */
public final class SourceLocator {

    /** A place in the repository: a path relative to its root, with {@code /}, and a line (0 when unknown). */
    public record Place(String path, int line) {

        /** No file: the repository as a whole. */
        public static final Place NOWHERE = new Place("", 0);
    }

    private static final Pattern LOCATION = Pattern.compile("(?<file>[^:/\\\\]+\\.java):(?<line>\\d+)");
    /** How {@link grader.scoreboard.CompileProbe} names the place of a compiler error: {@code path:line: }. */
    private static final Pattern COMPILER_ERROR = Pattern.compile("(?<path>[^\\s:]+\\.java):(?<line>\\d+): ");

    private final Path root;

    public SourceLocator(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Where {@code location} ({@code File.java:42}, as the test kit records it) is among the exercise's sources. */
    public Optional<Place> studentCode(String exerciseId, String location) {
        Matcher matcher = LOCATION.matcher(location);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return firstFileNamed(exercise(exerciseId).resolve(ExerciseModule.MAIN_SOURCES), matcher.group("file"))
                .map(file -> new Place(relative(file), Integer.parseInt(matcher.group("line"))));
    }

    /**
     * Where the graded test {@code TestClass#method} is declared, so that a failure without a
     * student frame opens the test.
     */
    public Optional<Place> testMethod(String exerciseId, String testId) {
        int hash = testId.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String topLevelClass = testId.substring(0, hash).replaceFirst("\\$.*", "");
        Path file = exercise(exerciseId).resolve("src/test/java")
                .resolve(topLevelClass.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new Place(relative(file), declarationLine(file, testId.substring(hash + 1))));
    }

    /** The first compiler error's place in {@code message}, if it names a file of the repository. */
    public Optional<Place> compilerError(String message) {
        Matcher matcher = COMPILER_ERROR.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Path file = root.resolve(matcher.group("path")).normalize();
        return file.startsWith(root) && Files.isRegularFile(file)
                ? Optional.of(new Place(relative(file), Integer.parseInt(matcher.group("line"))))
                : Optional.empty();
    }

    private Path exercise(String exerciseId) {
        return root.resolve("exercises").resolve(exerciseId);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<Path> firstFileNamed(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + folder, e);
        }
    }

    private static int declarationLine(Path file, String method) {
        Pattern declaration = Pattern.compile("\\bvoid\\s+" + Pattern.quote(method) + "\\s*\\(");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (declaration.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
