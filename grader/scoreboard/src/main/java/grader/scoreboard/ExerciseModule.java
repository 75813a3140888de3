package grader.scoreboard;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An exercise's folder, or a reference solution's: its sources, its statement, its results.
 *
 * @param id       the folder name, e.g. {@code ex01-threads}
 * @param dir      the module's folder, where the code and the results are
 * @param exercise the exercise's own folder, where its tests and statement are (the same as
 *                 {@code dir} for an exercise; the matching exercise for a reference solution)
 */
public record ExerciseModule(String id, Path dir, Path exercise) {

    /** A module's code and its tests, relative to its folder (Maven's layout). */
    public static final String MAIN_SOURCES = "src/main/java";
    public static final String TEST_SOURCES = "src/test/java";

    /** Exercise folders are named like {@code ex01-threads}. */
    private static final String PATTERN = "ex\\d\\d-[a-z0-9-]+";

    /** Every exercise module under {@code tree} ({@code exercises/} or {@code solutions/}), sorted. */
    public static List<ExerciseModule> under(Path root, String tree) throws IOException {
        List<ExerciseModule> modules = new ArrayList<>();
        Path folder = root.resolve(tree);
        if (!Files.isDirectory(folder)) {
            return modules;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path dir : children.sorted().toList()) {
                String id = dir.getFileName().toString();
                if (id.matches(PATTERN) && Files.exists(dir.resolve("pom.xml"))) {
                    modules.add(new ExerciseModule(id, dir, root.resolve("exercises").resolve(id)));
                }
            }
        }
        return modules;
    }

    public Path mainSources() {
        return dir.resolve(MAIN_SOURCES);
    }

    public Path testSources() {
        return exercise.resolve(TEST_SOURCES);
    }

    public Path results() {
        return dir.resolve(GradeFiles.FOLDER);
    }

    /** The statement's first heading in {@code lang}, or the id. */
    public String title(Lang lang) {
        Path statement = exercise.resolve(lang == Lang.ES ? "README.es.md" : "README.md");
        try {
            if (Files.exists(statement)) {
                Optional<String> heading = Files.readAllLines(statement, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("# "))
                        .findFirst();
                if (heading.isPresent()) {
                    return heading.get().substring(2).strip();
                }
            }
        } catch (IOException e) {
            return id;
        }
        return id;
    }
}
