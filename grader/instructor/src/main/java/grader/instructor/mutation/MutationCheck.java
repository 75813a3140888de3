package grader.instructor.mutation;

import grader.instructor.MavenBuild;
import grader.instructor.Problem;
import grader.scoreboard.ExerciseModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mutation check: how many of the mistakes nobody wrote down the graded tests catch. For each
 * reference solution, PIT makes mutants of it (its own operators and the course's concurrency
 * operators, {@code grader/mutation}) and runs the exercise's graded tests against each one, the
 * speed-up tests left out ({@code -Pmutation}, see solutions/pom.xml); then the mutants PIT cannot
 * make, of modifiers, are graded from their sources ({@link SourceMutants}). Every mutant must be
 * killed, or listed with the reason in the solution's {@code mutants/equivalent.txt}; an entry that
 * no longer matches any mutant must go, and a mutant that did not run fails the check too.
 */
public final class MutationCheck {

    /** Where the logs and the copy for the source mutants go, under the repository's root. */
    static final String OUTPUT = "target/mutation-check";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(40);

    private final Path root;
    private final PrintStream out;
    private final MavenBuild maven = new MavenBuild(BUILD_TIMEOUT);

    public MutationCheck(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** Checks the named exercises, every one when {@code ids} is empty; the problems found. */
    public List<Problem> run(List<String> ids) throws IOException, InterruptedException {
        return check(solutions(ids));
    }

    /**
     * Checks those of the named exercises (every one when {@code ids} is empty) that a change since
     * commit {@code base} can affect ({@link ChangedExercises}): CI's cut, sound when {@code base}
     * passed the whole check.
     */
    public List<Problem> runChangedSince(String base, List<String> ids) throws IOException, InterruptedException {
        List<ExerciseModule> named = solutions(ids);
        List<String> affected = ChangedExercises.affected(named.stream().map(ExerciseModule::id).toList(),
                ChangedExercises.since(root, base));
        List<ExerciseModule> chosen = named.stream().filter(solution -> affected.contains(solution.id())).toList();
        out.println("Changed since " + base + ", so checked: " + (chosen.isEmpty() ? "none"
                : String.join(", ", affected)) + "; every other exercise has the result it had there.");
        return check(chosen);
    }

    private List<Problem> check(List<ExerciseModule> solutions) throws IOException, InterruptedException {
        Path output = root.resolve(OUTPUT);
        Files.createDirectories(output);
        SourceMutants sourceMutants = new SourceMutants(root, output.resolve("workspace"), maven);
        List<Problem> problems = new ArrayList<>();
        List<ExerciseMutants> results = new ArrayList<>();
        long started = System.nanoTime();
        for (ExerciseModule solution : solutions) {
            long exerciseStarted = System.nanoTime();
            Path log = output.resolve(solution.id() + ".log");
            out.println("Mutation check of " + solution.id() + " (PIT's log: " + root.relativize(log) + ")");
            if (!maven.run(root, log, List.of("verify", "-Pmutation", "-pl", "grader/mutation,solutions/" + solution.id(),
                    "-am")).succeeded()) {
                problems.add(Problem.ofFile(root.relativize(log).toString(), "PIT's run of " + solution.id()
                        + " failed; the end of its log:" + System.lineSeparator() + tail(log)));
                continue;
            }
            SourceLines lines = new SourceLines(root, solution.mainSources());
            List<Mutant> mutants = new ArrayList<>(PitReport.read(
                    solution.dir().resolve("target/pit-reports/mutations.xml"), lines));
            mutants.addAll(sourceMutants.grade(solution, lines));
            Path listFile = solution.dir().resolve("mutants/equivalent.txt");
            EquivalentMutants equivalent = EquivalentMutants.read(listFile, root.relativize(listFile).toString());
            problems.addAll(equivalent.problems());
            int listed = triage(mutants, equivalent, root.relativize(listFile).toString(), problems);
            ExerciseMutants exercise = new ExerciseMutants(solution.id(), mutants, listed,
                    Duration.ofNanos(System.nanoTime() - exerciseStarted).toSeconds());
            results.add(exercise);
            out.println(exercise.summary());
        }
        out.println();
        results.forEach(exercise -> out.println(exercise.summary()));
        out.println("Mutation check of " + results.size() + " exercise(s) took "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s.");
        out.println();
        out.println("| Exercise | Mutants | PIT's operators | Concurrency operators | Source mutants | Killed"
                + " | Listed equivalent | Score |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        results.forEach(exercise -> out.println(exercise.tableRow()));
        return problems;
    }

    /**
     * Matches the survivors with the list: problems for a survivor the list does not name, an
     * entry that names no mutant made, and a mutant that did not run. How many survivors it names.
     */
    static int triage(List<Mutant> mutants, EquivalentMutants equivalent, String listFile, List<Problem> problems) {
        Set<EquivalentMutants.Entry> used = new HashSet<>();
        int listed = 0;
        for (Mutant mutant : mutants) {
            if (mutant.verdict() == Verdict.NOT_RUN) {
                problems.add(new Problem(mutant.file(), mutant.line(), "the mutant did not run (" + mutant.status()
                        + "), so it counts neither as killed nor as equivalent: " + mutant.key().description()));
                continue;
            }
            List<EquivalentMutants.Entry> entries = equivalent.entries().stream()
                    .filter(entry -> entry.key().equals(mutant.key()))
                    .toList();
            if (mutant.verdict() == Verdict.SURVIVED && entries.isEmpty()) {
                problems.add(new Problem(mutant.file(), mutant.line(), "no graded test kills this mutant ("
                        + mutant.status() + "). Kill it with a test, or list it in " + listFile
                        + " with the reason no test can:" + System.lineSeparator() + mutant.key().asEntry()
                        + EquivalentMutants.WHY));
            } else if (mutant.verdict() == Verdict.SURVIVED) {
                used.addAll(entries);
                listed++;
            }
        }
        // An entry whose mutant was made but killed this time stays: a test that kills it only
        // sometimes (a hang next to it, in the same test JVM) does not prove it killable.
        Set<MutantKey> made = new HashSet<>();
        mutants.forEach(mutant -> made.add(mutant.key()));
        for (EquivalentMutants.Entry entry : equivalent.entries()) {
            if (!used.contains(entry) && !made.contains(entry.key())) {
                problems.add(new Problem(listFile, entry.line(), "no mutant matches this entry (the code it names "
                        + "changed, or the operator no longer applies there): remove it"));
            }
        }
        return listed;
    }

    private List<ExerciseModule> solutions(List<String> ids) throws IOException {
        List<ExerciseModule> all = ExerciseModule.under(root, "solutions");
        if (ids.isEmpty()) {
            return all;
        }
        List<ExerciseModule> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(all.stream().filter(solution -> solution.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no reference solution named " + id
                            + " in solutions/")));
        }
        return chosen;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
