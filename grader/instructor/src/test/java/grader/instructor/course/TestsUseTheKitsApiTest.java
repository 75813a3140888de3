package grader.instructor.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exercises' tests, and the scaffold's, use the test kit's API only (INSTRUCTORS.md, "The
 * grader library"): never its engine, which may change without notice to test authors.
 */
class TestsUseTheKitsApiTest {

    /** The test kit's packages a test may import; the engine's are grader.junit, grader.record, grader.guard, grader.agent. */
    static final Set<String> API = Set.of("grader", "grader.arch", "grader.i18n", "grader.probe", "grader.property",
            "grader.race", "grader.timing");

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Pattern GRADER_IMPORT = Pattern.compile("(?m)^import (?:static )?(grader(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void everyTestOfTheCourseImportsOnlyTheApi() {
        List<Path> tests = Stream.concat(
                javaFiles(ROOT.resolve("exercises")).filter(file -> file.toString().contains("/src/test/java/")),
                javaFiles(ROOT.resolve("grader/instructor/src/main/resources/grader/instructor/scaffold"))
                        .filter(file -> file.getFileName().toString().endsWith("Test.java")))
                .collect(Collectors.toList());
        assertThat(tests).as("test sources found").hasSizeGreaterThan(20);

        List<String> engineImports = tests.stream()
                .flatMap(file -> packagesImported(file).stream()
                        .filter(imported -> !API.contains(imported))
                        .map(imported -> ROOT.relativize(file) + " imports " + imported))
                .collect(Collectors.toList());

        assertThat(engineImports).as("imports of the test kit's engine in the course's tests").isEmpty();
    }

    @Test
    void anImportOfTheEngineIsSeen() {
        assertThat(packagesOf("import grader.junit.ThreadDump;\nimport static grader.i18n.Messages.localized;\n"))
                .containsExactly("grader.junit", "grader.i18n");
    }

    private static List<String> packagesImported(Path file) {
        try {
            return packagesOf(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> packagesOf(String source) {
        Matcher imported = GRADER_IMPORT.matcher(source);
        return imported.results().map(result -> result.group(1)).collect(Collectors.toList());
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java") && !file.toString().contains("/target/"))
                    .collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
