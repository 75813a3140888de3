package grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import de.jplag.Token;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JavaOnThisJdkTest {

    /** The course's exercises, beside this module. */
    private static final Path EXERCISES = Path.of("../../exercises");

    @Test
    void everySkeletonOfTheCourseParsesOnThisJdk() throws Exception {
        List<Path> exercises;
        try (Stream<Path> children = Files.list(EXERCISES)) {
            exercises = children.filter(child -> child.getFileName().toString().matches("ex\\d\\d-.+")).toList();
        }
        assertThat(exercises).isNotEmpty();
        for (Path exercise : exercises) {
            Set<File> files = javaFiles(exercise.resolve("src/main/java"));

            List<Token> tokens = new JavaOnThisJdk().parse(files, false);

            assertThat(tokens).as(exercise.toString()).hasSizeGreaterThan(files.size());
        }
    }

    private static Set<File> javaFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toSet());
        }
    }
}
