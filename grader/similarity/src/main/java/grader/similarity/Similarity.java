package grader.similarity;

import de.jplag.exceptions.ExitException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The similarity check of the deadline grading: JPlag on each graded exercise's sources of every
 * student repository, with the exported skeleton as base code.
 *
 * <pre>
 * Similarity --template=DIR --out=DIR [--only=exNN-slug,...] [--threshold=0.5] [--top=20] REPOS_DIR...
 * </pre>
 *
 * REPOS_DIR: a folder of student repositories, one child each (every shard's, in the workflow).
 * It writes into OUT: {@code <exercise>.zip}, JPlag's report for its viewer; {@code pairs.csv},
 * every pair compared; {@code top-pairs.md}, the pairs at the threshold or above, for the job
 * summary. Exit status 0 when it ran (whatever it found), 2 when it could not.
 */
public final class Similarity {

    private Similarity() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace(out);
            status = 2;
        }
        System.exit(status);
    }

    static int run(String[] args, PrintStream out) throws IOException {
        Map<String, String> options = new HashMap<>();
        List<Path> repositoryFolders = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String[] option = arg.substring(2).split("=", 2);
                options.put(option[0], option.length > 1 ? option[1] : "");
            } else {
                repositoryFolders.add(Path.of(arg).toAbsolutePath().normalize());
            }
        }
        Path template = folder(options, "template");
        Path report = Path.of(required(options, "out")).toAbsolutePath().normalize();
        double threshold = Double.parseDouble(options.getOrDefault("threshold", "0.5"));
        int top = Integer.parseInt(options.getOrDefault("top", "20"));
        if (repositoryFolders.isEmpty()) {
            throw new IllegalArgumentException("name at least one folder of student repositories");
        }
        for (Path folder : repositoryFolders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("no folder of repositories at " + folder);
            }
        }
        List<String> exercises = exercises(template, options.getOrDefault("only", ""));
        Files.createDirectories(report);
        Path work = Files.createTempDirectory("similarity");
        List<SimilarPair> pairs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            compare(exercises, repositoryFolders, template, work, report, pairs, notes, out);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.writeString(report.resolve("pairs.csv"), PairsReport.csv(pairs), StandardCharsets.UTF_8);
        String summary = PairsReport.markdown(pairs, threshold, top, notes);
        Files.writeString(report.resolve("top-pairs.md"), summary, StandardCharsets.UTF_8);
        out.print(summary);
        return 0;
    }

    private static void compare(List<String> exercises, List<Path> repositoryFolders, Path template, Path work,
                                Path report, List<SimilarPair> pairs, List<String> notes, PrintStream out)
            throws IOException {
        for (String exercise : exercises) {
            ExerciseSources sources = ExerciseSources.collect(exercise, repositoryFolders, template, work.resolve(exercise));
            if (!sources.without().isEmpty()) {
                notes.add(exercise + ": no Java source in " + String.join(", ", sources.without()));
            }
            try {
                List<SimilarPair> compared = SimilarityCheck.run(exercise, sources, report.resolve(exercise + ".zip"));
                pairs.addAll(compared);
                out.printf("%s: %d submission(s), %d pair(s) compared%n", exercise, sources.repositories().size(),
                        compared.size());
            } catch (ExitException e) {
                notes.add(exercise + ": not compared: " + e.getMessage());
                out.printf("%s: not compared: %s%n", exercise, e.getMessage());
            }
        }
    }

    /** The exercises of {@code --only}, else every exercise of the template. */
    private static List<String> exercises(Path template, String only) throws IOException {
        List<String> ids = Arrays.stream(only.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (!ids.isEmpty()) {
            for (String id : ids) {
                if (!Files.isDirectory(template.resolve("exercises").resolve(id))) {
                    throw new IllegalArgumentException("the template has no exercise " + id);
                }
            }
            return ids;
        }
        try (Stream<Path> children = Files.list(template.resolve("exercises"))) {
            return children.map(child -> child.getFileName().toString())
                    .filter(name -> name.matches("ex\\d\\d-.+")).sorted().toList();
        }
    }

    private static Path folder(Map<String, String> options, String name) {
        Path folder = Path.of(required(options, name)).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder at --" + name + "=" + folder);
        }
        return folder;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }
}
