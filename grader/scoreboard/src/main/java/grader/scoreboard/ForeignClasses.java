package grader.scoreboard;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files in an exercise that could take the place of the grader's own code. On the tests' class
 * path the exercise's test classes come first, then its classes, then the libraries; so a class
 * of the grader's or a test library's package in the exercise's {@code src/main} or
 * {@code src/test} (a {@code grader.junit.GradeRecorder} that records every test as passed, an
 * {@code org.assertj.core.api.Assertions} that asserts nothing) would replace the real one, and
 * so would a resource that configures the test framework. Such an exercise cannot be graded:
 * none of its results count.
 *
 * <p>A class of the student's named like one of the exercise's test classes is no threat: the
 * test class comes first on the class path and is the one that runs.
 */
final class ForeignClasses {

    /** Packages the grader, the tests and their libraries live in. */
    private static final List<String> RESERVED = List.of("grader", "org.junit", "org.opentest4j", "org.apiguardian",
            "org.assertj", "com.tngtech.archunit", "org.quicktheories", "com.google.gson", "org.objectweb.asm");

    private ForeignClasses() {
    }

    /** One sentence per such file; empty when there is none. */
    static List<String> find(ExerciseModule module, Path root, Lang lang) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources = new ArrayList<>(JavaSources.in(module.mainSources()));
        sources.addAll(JavaSources.in(module.testSources()));
        for (Path file : sources) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (isReserved(JavaSources.packageOf(source))) {
                found.add(String.format(lang.pick("%s declares %s, in a package of the grader or its test libraries",
                                "%s declara %s, en un paquete del calificador o de sus bibliotecas de pruebas"),
                        relative(root, file), JavaSources.className(file, source)));
            }
        }
        for (Path resources : List.of(module.dir().resolve("src/main/resources"), module.exercise().resolve("src/test/resources"))) {
            for (String hook : List.of("junit-platform.properties", "META-INF/services")) {
                if (Files.exists(resources.resolve(hook))) {
                    found.add(String.format(lang.pick("%s configures the test framework", "%s configura el marco de pruebas"),
                            relative(root, resources.resolve(hook))));
                }
            }
        }
        return found;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isReserved(String packageName) {
        return RESERVED.stream().anyMatch(reserved -> packageName.equals(reserved) || packageName.startsWith(reserved + "."));
    }
}
