package grader.mutation.pit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pitest.mutationtest.engine.Mutant;
import org.pitest.mutationtest.engine.gregor.mutators.returns.PrimitiveReturnsMutator;

class ChildJvmMutantsTest {

    /** What a child JVM runs: it prints its answer. */
    public static final class Answer {
        public static void main(String[] args) {
            System.out.print(answer());
        }

        static int answer() {
            return 42;
        }
    }

    private final Mutants mutants = Mutants.of(Answer.class, PrimitiveReturnsMutator.PRIMITIVE_RETURNS);

    @TempDir
    Path folder;

    @Test
    void aChildJvmStartedWithTheFolderFirstRunsTheMutant() throws Exception {
        var mutation = mutants.onlyIn("answer");

        ChildJvmMutants.write(folder, new Mutant(mutation, mutants.bytes(mutation)));

        assertThat(runChild(folder + File.pathSeparator + System.getProperty("java.class.path"))).isEqualTo("0");
        assertThat(runChild(System.getProperty("java.class.path"))).isEqualTo("42");
    }

    @Test
    void theFolderHoldsOnlyTheLastMutantsClass() throws Exception {
        var mutation = mutants.onlyIn("answer");
        Path stale = folder.resolve("other/Stale.class");
        Files.createDirectories(stale.getParent());
        Files.write(stale, new byte[] {1});

        ChildJvmMutants.write(folder, new Mutant(mutation, mutants.bytes(mutation)));

        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(folder::relativize).map(Path::toString))
                    .containsExactly("grader/mutation/pit/ChildJvmMutantsTest$Answer.class");
        }
    }

    private static String runChild(String classPath) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Answer.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isZero();
        return output;
    }
}
