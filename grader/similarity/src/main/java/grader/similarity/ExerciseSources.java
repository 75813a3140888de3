package grader.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One exercise's Java sources laid out as JPlag reads them: a folder per student repository
 * under {@code submissions/}, holding that repository's {@code exercises/<id>/src/main/java},
 * and the skeleton students were given, from the exported template, as {@code base/}: JPlag
 * leaves out what a submission shares with the base, so handed-out lines never count.
 *
 * @param submissions the folder of submissions, one child each
 * @param base        the skeleton's sources
 * @param repositories the repositories whose sources are in {@code submissions}, by folder name
 * @param without     the repositories that have no Java source for the exercise
 */
record ExerciseSources(Path submissions, Path base, List<String> repositories, List<String> without) {

    /**
     * Copies the exercise's sources of every repository in {@code repositoryFolders} (folders of
     * repositories, one child each) and of the template into {@code work}.
     */
    static ExerciseSources collect(String exercise, List<Path> repositoryFolders, Path template, Path work)
            throws IOException {
        String sources = "exercises/" + exercise + "/src/main/java";
        Path submissions = work.resolve("submissions");
        Path base = work.resolve("base");
        Files.createDirectories(submissions);
        copyJava(template.resolve(sources), base);
        List<String> repositories = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Path folder : repositoryFolders) {
            for (Path repository : children(folder)) {
                String name = repository.getFileName().toString();
                if (copyJava(repository.resolve(sources), submissions.resolve(name)) > 0) {
                    repositories.add(name);
                } else {
                    without.add(name);
                }
            }
        }
        return new ExerciseSources(submissions, base, List.copyOf(repositories), List.copyOf(without));
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Copies the {@code .java} files under {@code from}, never following a link; how many. */
    private static int copyJava(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }
}
