package grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityTest {

    private static final String SOURCE = "exercises/ex01-sum/src/main/java/ex01/ParallelSum.java";

    @TempDir
    Path work;

    private Path template;
    private Path repositories;

    /** Five students: an original, a renamed copy of it, an independent solution, the untouched skeleton, no code. */
    @BeforeEach
    void aClass() throws IOException {
        template = work.resolve("template");
        repositories = work.resolve("repos");
        write(template, "Skeleton.java");
        write(repositories.resolve("alice"), "Original.java");
        write(repositories.resolve("bob"), "RenamedCopy.java");
        write(repositories.resolve("carol"), "Independent.java");
        write(repositories.resolve("dave"), "Skeleton.java");
        Files.createDirectories(repositories.resolve("erin/exercises"));
    }

    private static void write(Path repository, String resource) throws IOException {
        Path file = repository.resolve(SOURCE);
        Files.createDirectories(file.getParent());
        try (InputStream source = SimilarityTest.class.getResourceAsStream(resource)) {
            Files.write(file, source.readAllBytes());
        }
    }

    private List<SimilarPair> pairs() throws Exception {
        ExerciseSources sources = ExerciseSources.collect("ex01-sum", List.of(repositories), template,
                work.resolve("work"));
        assertThat(sources.without()).containsExactly("erin");
        return SimilarityCheck.run("ex01-sum", sources, work.resolve("ex01-sum.zip"));
    }

    private static double similarity(List<SimilarPair> pairs, String a, String b) {
        return pairs.stream().filter(pair -> pair.first().equals(a) && pair.second().equals(b)
                        || pair.first().equals(b) && pair.second().equals(a))
                .findFirst().orElseThrow().similarity();
    }

    @Test
    void aCopyWithRenamedVariablesScoresHighAgainstItsSource() throws Exception {
        List<SimilarPair> pairs = pairs();

        assertThat(similarity(pairs, "alice", "bob")).isGreaterThan(0.8);
        assertThat(pairs.get(0)).satisfies(first -> {
            assertThat(List.of(first.first(), first.second())).containsExactlyInAnyOrder("alice", "bob");
            assertThat(first.firstFiles()).containsExactly("ex01/ParallelSum.java");
        });
    }

    @Test
    void anIndependentSolutionScoresLow() throws Exception {
        List<SimilarPair> pairs = pairs();

        assertThat(similarity(pairs, "alice", "carol")).isLessThan(0.3);
        assertThat(similarity(pairs, "bob", "carol")).isLessThan(0.3);
    }

    @Test
    void theUntouchedSkeletonScoresAboutNothingSinceTheSkeletonIsTheBaseCode() throws Exception {
        List<SimilarPair> pairs = pairs();

        for (String other : List.of("alice", "bob", "carol")) {
            assertThat(similarity(pairs, "dave", other)).as("dave and " + other).isLessThan(0.05);
        }
    }

    @Test
    void theCheckWritesTheReportEveryPairAndTheTopPairsAboveTheThreshold() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = Similarity.run(new String[] {"--template=" + template, "--out=" + work.resolve("out"),
                "--threshold=0.6", repositories.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(work.resolve("out/ex01-sum.zip")).isNotEmptyFile();
        List<String> csv = Files.readAllLines(work.resolve("out/pairs.csv"));
        assertThat(csv.get(0)).isEqualTo(PairsReport.CSV_HEADER);
        assertThat(csv).hasSize(1 + 6); // four students with sources: six pairs
        String top = Files.readString(work.resolve("out/top-pairs.md"));
        assertThat(top).contains("6 pair(s) compared; 1 at 60% or more.")
                .containsPattern("\\| \\d+% \\(max \\d+%\\) \\| ex01-sum \\| (alice · bob|bob · alice) \\|")
                .contains("ex01-sum: no Java source in erin", "It changes no grade.");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ex01-sum: 4 submission(s), 6 pair(s) compared");
    }
}
