package grader.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a course repository as its authors see them: no build output, no version-control
 * or editor files (what {@code .gitignore} leaves out).
 *
 * @param files regular files, relative to the root, {@code /}-separated, sorted
 * @param links symbolic links, which no tool here follows or copies
 */
public record RepositoryFiles(List<String> files, List<String> links) {

    private static final Set<String> SKIPPED_NAMES = Set.of(
            "target", ".git", ".idea", ".vscode", ".settings", ".classpath", ".project");

    /** Lists {@code root}; a folder that does not exist has no files. */
    public static RepositoryFiles of(Path root) {
        List<String> files = new ArrayList<>();
        List<String> links = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return dir.equals(root) || !skipped(dir) ? FileVisitResult.CONTINUE
                                : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isSymbolicLink()) {
                            links.add(relative(root, file));
                        } else if (attributes.isRegularFile() && !skipped(file)) {
                            files.add(relative(root, file));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        files.sort(null);
        links.sort(null);
        return new RepositoryFiles(List.copyOf(files), List.copyOf(links));
    }

    /** {@code path} relative to {@code root}, with {@code /} separators. */
    public static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static boolean skipped(Path path) {
        String name = path.getFileName().toString();
        return SKIPPED_NAMES.contains(name) || name.endsWith(".iml");
    }
}
