package grader.instructor.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of a solution's source files, by the paths the mutation check reports them with. */
final class SourceLines {

    private final Path root;
    private final Path sources;
    private final Map<String, List<String>> files = new HashMap<>();

    /** The sources under {@code sources} ({@code src/main/java}), named relative to {@code root}. */
    SourceLines(Path root, Path sources) {
        this.root = root;
        this.sources = sources;
    }

    /** The file, relative to the root, that holds class {@code className}, compiled from {@code sourceFile}. */
    String fileOf(String className, String sourceFile) {
        int dot = className.lastIndexOf('.');
        Path folder = dot < 0 ? sources : sources.resolve(className.substring(0, dot).replace('.', '/'));
        return root.relativize(folder.resolve(sourceFile)).toString().replace('\\', '/');
    }

    /** Line {@code number} of {@code file}, counted from 1; empty when there is no such line. */
    String line(String file, int number) {
        List<String> lines = files.computeIfAbsent(file, name -> {
            try {
                return Files.readAllLines(root.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        });
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
