package grader.instructor.mutation;

import grader.instructor.MavenBuild;
import grader.instructor.RepositoryFiles;
import grader.instructor.grading.FileTrees;
import grader.mutation.source.ModifierRemoval;
import grader.mutation.source.SourceMutant;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import grader.Role;
import grader.scoreboard.ExerciseModule;
import grader.scoreboard.GradedTest;
import grader.scoreboard.GradedTestScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mutants PIT cannot make ({@link ModifierRemoval}: modifiers, which a running JVM cannot
 * change), graded the way the known mistakes are: each is a source file that replaces its
 * original in a copy of the repository, and the exercise's graded tests run against it in the
 * reference solution's module, with the speed-up tests left out and deadlines shortened as in
 * PIT's run ({@code -Pmutation-sources}, solutions/pom.xml). It is killed when a graded test does not pass; one that did not compile, or left no
 * result, did not run.
 */
final class SourceMutants {

    private final Path root;
    private final Path workspace;
    private final MavenBuild maven;
    private int graded;

    /**
     * Grades in {@code workspace}, a fresh copy of {@code root} made before this check's first
     * mutant: a copy left by an earlier check would grade against the tests as they were then.
     */
    SourceMutants(Path root, Path workspace, MavenBuild maven) {
        this.root = root;
        this.workspace = workspace;
        this.maven = maven;
    }

    /** Every source mutant of {@code solution}, graded. */
    List<Mutant> grade(ExerciseModule solution, SourceLines lines) throws IOException, InterruptedException {
        List<Mutant> mutants = new ArrayList<>();
        for (Path file : javaFiles(solution.mainSources())) {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            String relative = RepositoryFiles.relative(root, file);
            for (SourceMutant mutant : ModifierRemoval.of(file.getFileName().toString(), original)) {
                MutantKey key = new MutantKey(mutant.className(), mutant.member(), mutant.operator(),
                        mutant.description(), lines.line(relative, mutant.line()));
                Optional<String> failed = run(solution, relative, mutant.source());
                Verdict verdict = failed.map(test -> test.isEmpty() ? Verdict.SURVIVED : Verdict.KILLED)
                        .orElse(Verdict.NOT_RUN);
                mutants.add(new Mutant(key, relative, mutant.line(), Mutant.Operators.SOURCE, verdict.name(),
                        verdict, failed.orElse("")));
            }
        }
        return mutants;
    }

    /**
     * Runs the solution's tests with {@code file} replaced by {@code mutated}: the first graded
     * test that did not pass, an empty string when all passed, or nothing when the run left no
     * result at all.
     */
    private Optional<String> run(ExerciseModule solution, String file, String mutated)
            throws IOException, InterruptedException {
        if (graded == 0) {
            FileTrees.delete(workspace);
            copyRepository();
        }
        Path copy = workspace.resolve(file);
        String original = Files.readString(copy, StandardCharsets.UTF_8);
        String build = "source-mutant-" + (++graded);
        Files.writeString(copy, mutated, StandardCharsets.UTF_8);
        try {
            maven.run(workspace, workspace.resolve("target/" + build + ".log"), List.of("-o", "test",
                    "-Pinstructor,mutation-sources", "-pl", "solutions/" + solution.id(), "-am",
                    "-Dgrader.build=" + build, "-Dgrader.skipSelfTests=true", "-Dgrader.expectFailures=true"));
        } finally {
            Files.writeString(copy, original, StandardCharsets.UTF_8);
        }
        Path results = workspace.resolve(root.relativize(solution.results()));
        return verdict(GradedTestScanner.scan(solution.testSources()), new ResultsFile(results).read(build));
    }

    /**
     * The first graded test of {@code expected} that did not pass in {@code records}; empty when
     * all passed (a speed-up test may be skipped); nothing when there are no records at all.
     */
    static Optional<String> verdict(List<GradedTest> expected, List<TestRecord> records) {
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TestRecord> last = new LinkedHashMap<>();
        records.forEach(record -> last.put(record.testId(), record));
        for (GradedTest test : expected) {
            TestRecord record = last.get(test.testId());
            boolean passed = record != null && (record.outcome() == Outcome.PASSED
                    || record.outcome() == Outcome.SKIPPED && record.role() == Role.SPEEDUP);
            if (!passed) {
                return Optional.of(test.testId());
            }
        }
        return Optional.of("");
    }

    private void copyRepository() throws IOException {
        for (String file : RepositoryFiles.of(root).files()) {
            Path target = workspace.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(root.resolve(file), target);
        }
        workspace.resolve("mvnw").toFile().setExecutable(true);
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
