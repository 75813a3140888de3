package grader.instructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an installed JDK of at least some version, for a tool that needs a newer Java than the
 * course's 17 (the similarity check). It looks where JDKs are announced or installed: the
 * {@code JAVA_HOME_<version>_X64} variables of GitHub's runners and {@code actions/setup-java},
 * {@code JAVA_HOME}, and the usual folders of Linux packages, SDKMAN! and macOS. A JDK's version
 * is read from its {@code release} file, so nothing is run to find it.
 */
public final class Jdks {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    private Jdks() {
    }

    /** The folders where JDKs are usually installed, one JDK per child folder. */
    public static List<Path> usualFolders() {
        Path home = Path.of(System.getProperty("user.home"));
        return List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"),
                Path.of("/Library/Java/JavaVirtualMachines"));
    }

    /** The newest JDK of version {@code minimum} or later, from the environment first, then the folders. */
    public static Optional<Path> atLeast(int minimum, Map<String, String> environment, List<Path> folders) {
        List<Path> candidates = new ArrayList<>();
        environment.entrySet().stream()
                .filter(variable -> variable.getKey().matches("JAVA_HOME(_\\d+_(X64|ARM64))?"))
                .map(variable -> Path.of(variable.getValue()))
                .forEach(candidates::add);
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    children.sorted().forEach(child -> {
                        candidates.add(child);
                        candidates.add(child.resolve("Contents/Home")); // a macOS bundle
                    });
                } catch (IOException unreadable) {
                    // a folder that cannot be read holds no JDK we can use
                }
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> majorVersion(home).orElse(0) >= minimum)
                .max(Comparator.comparingInt((Path home) -> majorVersion(home).orElse(0)));
    }

    /** The JDK's feature version ({@code 21} for 21.0.5, {@code 8} for 1.8.0), from its release file. */
    public static Optional<Integer> majorVersion(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException noReleaseFile) {
            return Optional.empty();
        }
    }
}
