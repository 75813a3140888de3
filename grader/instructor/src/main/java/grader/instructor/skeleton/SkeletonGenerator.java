package grader.instructor.skeleton;

import grader.instructor.Problem;
import grader.instructor.RepositoryFiles;
import grader.scoreboard.ExerciseModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates each exercise's skeleton, {@code exercises/exNN-*}{@code /src/main/java}, from its
 * reference solution, {@code solutions/exNN-*}{@code /src/main/java}: solution blocks removed,
 * stub blocks unwrapped, files without markers copied as they are.
 *
 * <p>The check compares what is committed with what would be generated, and also looks for
 * solution text in the students' tree: marker text anywhere under {@code exercises/}, and runs
 * of lines that only a solution block has (see {@link SolutionRuns}) in any file of that
 * exercise (its tests, its statement).
 */
public final class SkeletonGenerator {

    private static final String RUN_ME = "run grader/bin/generate-skeletons";

    private final Path root;

    public SkeletonGenerator(Path root) {
        this.root = root;
    }

    /** Every difference between the committed skeletons and the generated ones, every leak. */
    public List<Problem> check() throws IOException {
        List<Problem> problems = new ArrayList<>(unpairedExercises());
        Map<String, SolutionRuns> solutionOnlyById = new HashMap<>();
        for (Skeleton skeleton : skeletons()) {
            problems.addAll(skeleton.problems());
            if (skeleton.problems().isEmpty()) {
                problems.addAll(differences(skeleton));
            }
            solutionOnlyById.put(skeleton.id(), skeleton.solutionOnly());
        }
        problems.addAll(leaks(solutionOnlyById));
        return problems;
    }

    /**
     * Writes every skeleton that differs from the generated one and removes files that no
     * solution file generates; an exercise whose markers are wrong is left as it is.
     */
    public List<Problem> generate(PrintStream log) throws IOException {
        return generate(null, log);
    }

    /** As {@link #generate(PrintStream)}, for one exercise only. */
    public List<Problem> generate(String id, PrintStream log) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int written = 0;
        for (Skeleton skeleton : skeletons()) {
            if (id != null && !id.equals(skeleton.id())) {
                continue;
            }
            problems.addAll(skeleton.problems());
            if (skeleton.problems().isEmpty()) {
                written += write(skeleton, log);
            }
        }
        log.println(written == 0 ? "Every skeleton is up to date." : written + " skeleton file(s) updated.");
        return problems;
    }

    /** One exercise's skeleton as generated from its solution. */
    private record Skeleton(String id, String source, Path target, Map<String, byte[]> files,
                            SolutionRuns solutionOnly, List<Problem> problems) {
    }

    private List<Skeleton> skeletons() throws IOException {
        List<Skeleton> skeletons = new ArrayList<>();
        for (ExerciseModule solution : ExerciseModule.under(root, "solutions")) {
            if (Files.isDirectory(solution.exercise())) {
                skeletons.add(skeletonOf(solution));
            }
        }
        return skeletons;
    }

    private Skeleton skeletonOf(ExerciseModule solution) throws IOException {
        Path sources = solution.mainSources();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<List<String>> solutionBlocks = new ArrayList<>();
        Set<String> studentLines = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String file : RepositoryFiles.of(sources).files()) {
            byte[] bytes = Files.readAllBytes(sources.resolve(file));
            String marked = MarkedText.markedTextOf(bytes).orElse(null);
            if (marked == null) {
                files.put(file, bytes);
                studentLines.addAll(strippedLines(new String(bytes, StandardCharsets.UTF_8)));
                continue;
            }
            try {
                MarkedText text = MarkedText.of(marked);
                files.put(file, text.studentText().getBytes(StandardCharsets.UTF_8));
                studentLines.addAll(strippedLines(text.studentText()));
                solutionBlocks.addAll(blocksOf(text.solutionOnly()));
            } catch (MarkerException e) {
                problems.add(new Problem(pathOf(sources.resolve(file)), e.line(), e.getMessage()));
            }
        }
        return new Skeleton(solution.id(), pathOf(sources), solution.exercise().resolve(ExerciseModule.MAIN_SOURCES), files,
                new SolutionRuns(solutionBlocks, studentLines), problems);
    }

    private List<Problem> unpairedExercises() throws IOException {
        Set<String> solutions = ExerciseModule.under(root, "solutions").stream()
                .map(ExerciseModule::id).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (ExerciseModule exercise : ExerciseModule.under(root, "exercises")) {
            if (!solutions.contains(exercise.id())) {
                problems.add(Problem.ofFile("exercises/" + exercise.id(),
                        "has no reference solution solutions/" + exercise.id() + " to generate its skeleton from"));
            }
        }
        for (ExerciseModule solution : ExerciseModule.under(root, "solutions")) {
            if (!Files.isDirectory(solution.exercise())) {
                problems.add(Problem.ofFile("solutions/" + solution.id(), "has no exercise folder exercises/"
                        + solution.id() + " (grader/bin/new-exercise creates both)"));
            }
        }
        return problems;
    }

    private List<Problem> differences(Skeleton skeleton) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : skeleton.files().entrySet()) {
            Path committed = skeleton.target().resolve(file.getKey());
            String source = skeleton.source() + "/" + file.getKey();
            if (!Files.isRegularFile(committed)) {
                problems.add(Problem.ofFile(pathOf(committed), "missing; it is generated from " + source
                        + ": " + RUN_ME));
            } else if (!Arrays.equals(Files.readAllBytes(committed), file.getValue())) {
                problems.add(firstDifference(committed, source, file.getValue()));
            }
        }
        for (String extra : RepositoryFiles.of(skeleton.target()).files()) {
            if (!skeleton.files().containsKey(extra)) {
                problems.add(Problem.ofFile(pathOf(skeleton.target().resolve(extra)),
                        "no file of " + skeleton.source() + " generates it: every skeleton file comes from the "
                                + "solution (" + RUN_ME + " removes it)"));
            }
        }
        return problems;
    }

    private Problem firstDifference(Path committed, String source, byte[] generated) throws IOException {
        List<String> expected = MarkedText.linesOf(new String(generated, StandardCharsets.UTF_8));
        List<String> actual = MarkedText.linesOf(Files.readString(committed, StandardCharsets.UTF_8));
        int line = 0;
        while (line < expected.size() && line < actual.size() && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        return new Problem(pathOf(committed), line + 1, "differs from the skeleton generated from " + source
                + "\n    generated: " + shown(expected, line) + "\n    committed: " + shown(actual, line)
                + "\n  (" + RUN_ME + " to regenerate it; edit the solution, never the skeleton)");
    }

    private List<Problem> leaks(Map<String, SolutionRuns> solutionOnlyById) {
        List<Problem> problems = new ArrayList<>();
        Path exercises = root.resolve("exercises");
        for (String file : RepositoryFiles.of(exercises).files()) {
            Path path = exercises.resolve(file);
            String id = file.split("/", 2)[0];
            List<String> lines;
            try {
                lines = MarkedText.linesOf(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException notText) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (MarkedText.mentionsMarker(lines.get(i))) {
                    problems.add(new Problem(pathOf(path), i + 1, "marker text in the students' tree: "
                            + "markers belong in solutions/ only"));
                }
            }
            SolutionRuns solutionOnly = solutionOnlyById.get(id);
            for (int start : solutionOnly == null ? List.<Integer>of() : solutionOnly.startsIn(lines)) {
                problems.add(new Problem(pathOf(path), start, "solution text in the students' tree: «"
                        + lines.get(start - 1).strip() + "» and the lines after it are lines of a SOLUTION block"
                        + " of solutions/" + id));
            }
        }
        return problems;
    }

    /** Solution lines split into their blocks: a block's lines have consecutive numbers. */
    private static List<List<String>> blocksOf(List<MarkedText.SolutionLine> solutionOnly) {
        List<List<String>> blocks = new ArrayList<>();
        int previous = -1;
        for (MarkedText.SolutionLine line : solutionOnly) {
            if (line.number() != previous + 1) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(line.text());
            previous = line.number();
        }
        return blocks;
    }

    private int write(Skeleton skeleton, PrintStream log) throws IOException {
        int written = 0;
        for (Map.Entry<String, byte[]> file : skeleton.files().entrySet()) {
            Path target = skeleton.target().resolve(file.getKey());
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                log.println("generated " + pathOf(target));
                written++;
            }
        }
        for (String extra : RepositoryFiles.of(skeleton.target()).files()) {
            if (!skeleton.files().containsKey(extra)) {
                Files.delete(skeleton.target().resolve(extra));
                log.println("removed   " + pathOf(skeleton.target().resolve(extra)));
                written++;
            }
        }
        return written;
    }

    private static List<String> strippedLines(String text) {
        return MarkedText.linesOf(text).stream().map(String::strip).toList();
    }

    private static String shown(List<String> lines, int index) {
        return index < lines.size() ? "«" + lines.get(index).stripTrailing() + "»" : "(end of file)";
    }

    private String pathOf(Path path) {
        return RepositoryFiles.relative(root, path);
    }
}
