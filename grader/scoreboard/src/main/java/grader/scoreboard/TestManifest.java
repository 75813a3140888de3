package grader.scoreboard;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The course's test files as they were handed out: a fingerprint of each one and the graded
 * tests it declares, in {@code grader/test-manifest.json}. With it the scoreboard notices a test
 * file that was changed or deleted (its tests do not count), graded tests a student added (they
 * are ignored), and keeps each exercise's total whatever happened to its tests.
 *
 * <p>It is written when the student template is made ({@code -Dgrader.mode=manifest}); a course
 * without one is graded on its test sources as they are. It catches careless edits and casual
 * tampering in the student's own run, nothing more: the student can edit this file as well. The
 * strong guarantee is grading the student's code against the instructor's own copy of the tests.
 *
 * @param schema    the format's name and version
 * @param exercises every exercise, in order
 */
public record TestManifest(String schema, List<Exercise> exercises) {

    public static final String SCHEMA = "concurrency-course/test-manifest/v1";
    public static final String LOCATION = "grader/test-manifest.json";

    /**
     * @param id    the exercise's folder name
     * @param files its test files
     */
    public record Exercise(String id, List<TestFile> files) {

        public int maxPoints() {
            return files.stream().flatMap(file -> file.tests().stream()).mapToInt(GradedTest::points).sum();
        }

        /** Compares the exercise's test files on disk with this entry. */
        public TestFiles verify(Path root, List<GradedTest> scanned, Lang lang) throws IOException {
            List<GradedTest> declared = new ArrayList<>();
            Map<String, String> voided = new LinkedHashMap<>();
            for (TestFile file : files) {
                declared.addAll(file.tests());
                Path onDisk = root.resolve(file.path());
                String problem = !Files.exists(onDisk)
                        ? lang.pick("its test file %s was deleted: restore it (git checkout -- %s)",
                                "su fichero de pruebas %s se borró: recupéralo (git checkout -- %s)")
                        : !fingerprint(onDisk).equals(file.sha256())
                        ? lang.pick("its test file %s was changed, so its result does not count: restore it "
                                        + "(git checkout -- %s)",
                                "su fichero de pruebas %s se modificó, así que su resultado no cuenta: recupéralo "
                                        + "(git checkout -- %s)")
                        : null;
                if (problem != null) {
                    file.tests().forEach(test -> voided.put(test.testId(),
                            String.format(problem, file.path(), file.path())));
                }
            }
            Set<String> known = declared.stream().map(GradedTest::testId).collect(Collectors.toSet());
            List<GradedTest> added = scanned.stream().filter(test -> !known.contains(test.testId())).toList();
            return new TestFiles(declared, voided, added);
        }
    }

    /**
     * @param path   relative to the course's root, with forward slashes
     * @param sha256 of its content with line endings normalized, so a Windows checkout matches
     * @param tests  the graded tests it declares
     */
    public record TestFile(String path, String sha256, List<GradedTest> tests) {
    }

    /** The manifest of the course at {@code root} as it is now. */
    public static TestManifest of(Path root) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        for (ExerciseModule module : ExerciseModule.under(root, "exercises")) {
            List<TestFile> files = new ArrayList<>();
            for (Path file : JavaSources.in(module.testSources())) {
                files.add(new TestFile(root.relativize(file).toString().replace('\\', '/'), fingerprint(file),
                        GradedTestScanner.scanFile(file)));
            }
            exercises.add(new Exercise(module.id(), files));
        }
        return new TestManifest(SCHEMA, exercises);
    }

    /** The manifest of the course at {@code root}, if it has one. */
    public static Optional<TestManifest> read(Path root) throws IOException {
        Path file = root.resolve(LOCATION);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(GradeFiles.gson().fromJson(Files.readString(file, StandardCharsets.UTF_8),
                TestManifest.class));
    }

    public void write(Path root) throws IOException {
        GradeFiles.writeAtomically(root.resolve(LOCATION), GradeFiles.gson().toJson(this) + "\n");
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    static String fingerprint(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
