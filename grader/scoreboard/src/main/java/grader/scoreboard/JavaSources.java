package grader.scoreboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Java source files read as text: which there are, and which class each declares. */
final class JavaSources {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private JavaSources() {
    }

    /** Every {@code .java} file under {@code folder}, sorted; none when it does not exist. */
    static List<Path> in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The fully qualified name of the class a file declares: its package and its file name. */
    static String className(Path file, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
        return pkg.find() ? pkg.group(1) + "." + simpleName : simpleName;
    }

    /** The package a source declares, or the empty string for the default package. */
    static String packageOf(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        return pkg.find() ? pkg.group(1) : "";
    }
}
