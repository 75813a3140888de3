package grader.instructor.mistakes;

import grader.instructor.ExerciseCatalog;
import grader.scoreboard.GradedTest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a known mistake from the working tree: the instructor makes the mistake in the
 * reference solution, and this writes the difference from git's copy of the solution (the
 * index: what {@code git add} staged, or else the last commit) into the mistake's patch, then
 * puts the reference solution back from that copy.
 */
public final class MistakeRecorder {

    private final Path root;
    private final PrintStream log;

    public MistakeRecorder(Path root, PrintStream log) {
        this.root = root;
        this.log = log;
    }

    /**
     * Writes the mistake that the working tree holds into {@code solutions/<exerciseId>/mistakes/<name>.patch}
     * and puts the reference solution back; returns the patch's path.
     */
    public Path record(String exerciseId, String name, String what, List<String> caughtBy)
            throws IOException, InterruptedException {
        String sources = "solutions/" + exerciseId + "/src/main/java";
        if (!Files.isDirectory(root.resolve(sources))) {
            throw new IllegalArgumentException("no reference solution in " + sources);
        }
        refuseUnknownTests(exerciseId, caughtBy);
        if (git("ls-files", "--", sources).isBlank()) {
            throw new IllegalStateException("git has no copy of " + sources + " to compare with: with the reference "
                    + "solution in place, stage it (git add solutions/" + exerciseId + "), then make the mistake and "
                    + "record it");
        }
        String diff = git("diff", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/",
                "--relative=" + sources, "--", sources);
        if (diff.isBlank()) {
            throw new IllegalStateException(sources + " is the same as git's copy: make the mistake in the reference "
                    + "solution first, then record it");
        }
        KnownMistake mistake = new KnownMistake(name, what, caughtBy, diff);
        Path patch = root.resolve(mistake.path(exerciseId));
        boolean replaced = Files.exists(patch);
        Files.createDirectories(patch.getParent());
        Files.writeString(patch, mistake.render(), StandardCharsets.UTF_8);
        log.println((replaced ? "replaced " : "wrote    ") + mistake.path(exerciseId) + ":");
        log.print(git("diff", "--no-color", "--relative=" + sources, "--stat", "--", sources));
        git("checkout", "--", sources);
        log.println("put the reference solution back in " + sources + " from git's copy");
        return patch;
    }

    private void refuseUnknownTests(String exerciseId, List<String> caughtBy) throws IOException {
        Set<String> graded = ExerciseCatalog.of(root).stream()
                .filter(exercise -> exercise.id().equals(exerciseId))
                .flatMap(exercise -> exercise.tests().stream())
                .map(MistakeRecorder::simpleId)
                .collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>(caughtBy);
        unknown.removeAll(graded);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(exerciseId + " has no graded test " + String.join(", ", unknown)
                    + "; its graded tests: " + graded.stream().sorted().collect(Collectors.joining(" ")));
        }
    }

    /** {@code BankTest#transfers}, as a mistake's header names a test: the class without its package. */
    private static String simpleId(GradedTest test) {
        return test.testClass().substring(test.testClass().lastIndexOf('.') + 1) + "#" + test.testMethod();
    }

    /** Runs git in the course; its standard output, or an exception with what it printed. */
    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }
}
