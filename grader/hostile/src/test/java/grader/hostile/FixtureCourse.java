package grader.hostile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixture course: this repository's build files, test kit and scoreboard, with one fixture
 * exercise per way a submission can break the grading in place of the course's exercises. It is
 * graded exactly as a student's repository is, by {@code mvn test} at its root.
 *
 * <p>The fixtures live in {@code src/test/fixtures}: {@code exercises/} is the course as handed
 * out plus each submission's code, {@code solutions/} what a student should never read, and
 * {@code after-manifest/} what students change once they have the course (their edited copies
 * of tests; an empty {@code X.delete} deletes {@code X}).
 */
final class FixtureCourse {

    private static final Duration MAVEN_LIMIT = Duration.ofMinutes(8);

    private final Path root;
    private final Path fixtures;
    private final Maven maven;

    private FixtureCourse(Path root, Path fixtures, Maven maven) {
        this.root = root;
        this.fixtures = fixtures;
        this.maven = maven;
    }

    /** Builds the course in {@code root} from {@code repository} and its fixtures. */
    static FixtureCourse assemble(Path repository, Path root, Maven maven) throws IOException {
        Path fixtures = repository.resolve("grader/hostile/src/test/fixtures");
        deleteRecursively(root);
        Files.createDirectories(root);
        copy(repository.resolve("pom.xml"), root.resolve("pom.xml"));
        copy(repository.resolve(".mvn"), root.resolve(".mvn"));
        for (String module : List.of("grader/testkit", "grader/scoreboard")) {
            copy(repository.resolve(module).resolve("pom.xml"), root.resolve(module).resolve("pom.xml"));
            copy(repository.resolve(module).resolve("src"), root.resolve(module).resolve("src"));
        }
        copy(fixtures.resolve("exercises"), root.resolve("exercises"));
        copy(fixtures.resolve("solutions"), root.resolve("solutions"));
        String modules;
        try (Stream<Path> exercises = Files.list(fixtures.resolve("exercises"))) {
            modules = exercises.map(dir -> "    <module>" + dir.getFileName() + "</module>").sorted()
                    .collect(Collectors.joining("\n"));
        }
        String parent = Files.readString(repository.resolve("exercises/pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("exercises/pom.xml"),
                parent.replaceFirst("(?s)<modules>.*?</modules>", "<modules>\n" + modules + "\n  </modules>"));
        return new FixtureCourse(root, fixtures, maven);
    }

    /** Writes the course's test manifest, as the student template is made. */
    void takeManifest() throws IOException, InterruptedException {
        Maven.Run run = maven.run(root, "manifest", MAVEN_LIMIT,
                "test", "-pl", "grader/scoreboard", "-am", "-Dgrader.mode=manifest");
        if (run.exitCode() != 0) {
            throw new AssertionError("writing the test manifest failed; see " + run.log());
        }
    }

    /** What the students changed after they got the course. */
    void applyStudentChanges() throws IOException {
        Path changes = fixtures.resolve("after-manifest");
        try (Stream<Path> files = Files.walk(changes)) {
            for (Path change : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve("exercises").resolve(changes.relativize(change).toString());
                if (target.toString().endsWith(".delete")) {
                    Files.delete(Path.of(target.toString().replaceFirst("\\.delete$", "")));
                } else {
                    copy(change, target);
                }
            }
        }
    }

    /** Grades the course as a student's run does, with its messages in {@code lang}. */
    Grading grade(String lang) throws IOException, InterruptedException {
        Maven.Run run = maven.run(root, "grade-" + lang, MAVEN_LIMIT, "test", "-Dgrader.lang=" + lang);
        Path gradeFile = root.resolve("target/grade/grade.json");
        if (!Files.exists(gradeFile)) {
            throw new AssertionError("no grade was written; see " + run.log());
        }
        JsonObject grade = JsonParser.parseString(Files.readString(gradeFile, StandardCharsets.UTF_8)).getAsJsonObject();
        Files.delete(gradeFile);
        return new Grading(grade, run.took());
    }

    Path root() {
        return root;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
