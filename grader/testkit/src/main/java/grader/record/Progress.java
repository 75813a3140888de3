package grader.record;

import grader.guard.GraderProperties;
import grader.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The console line an exercise prints when its tests are done, so that a grading run shows its
 * progress while the scoreboard is still to come:
 *
 * <pre>
 * ex01-threads             5 of 8 tests passed     7/15 points    12 s
 * </pre>
 *
 * <p>It counts what the test JVMs recorded ({@link ResultsFile}), scored by the same rule as the
 * scoreboard ({@link Scoring}). The scoreboard still has the last word: it also knows the tests that
 * never started, and the results that do not count (a changed test file).
 *
 * <p>Run by Maven inside its own JVM (exec:java, see {@code exercises/pom.xml}), twice per exercise:
 *
 * <pre>
 * Progress start  --results=DIR                                   before the tests: notes the time
 * Progress report --results=DIR --build=ID --name=ID [--lang=es|en] [--packaging=pom]
 * </pre>
 *
 * A {@code pom} module (the exercises' parent) has no tests and prints nothing.
 */
public final class Progress {

    /** Where {@code start} notes the time, in the exercise's results folder. */
    static final String STARTED = "progress-started";

    private Progress() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path results = Path.of(options.getOrDefault("results", GraderProperties.RESULTS_FOLDER));
        if ("pom".equals(options.get("packaging"))) {
            return;
        }
        if (args.length > 0 && args[0].equals("start")) {
            Files.createDirectories(results);
            Files.writeString(results.resolve(STARTED), Long.toString(System.currentTimeMillis()),
                    StandardCharsets.UTF_8);
            return;
        }
        Collection<TestRecord> recorded = new ResultsFile(results).latest(options.get("build"));
        System.out.println(line(options.getOrDefault("name", "?"), recorded, took(results),
                Lang.parse(options.getOrDefault("lang", ""))));
        System.out.flush();
    }

    /** Wide enough for the longest module name, {@code ex03-parallel-primes-solution}, so the columns line up. */
    private static final String NAME = "%-30s ";

    /** The line for an exercise whose tests recorded {@code results} in {@code took}. */
    public static String line(String name, Collection<TestRecord> results, Duration took, Lang lang) {
        String seconds = String.format(Locale.ROOT, "%5d s", Math.round(took.toMillis() / 1000.0));
        if (results.isEmpty()) {
            return String.format(NAME + "%-39s %s", name,
                    lang.pick("no graded test recorded a result", "ninguna prueba calificada dejó resultado"),
                    seconds);
        }
        boolean proofsPassed = Scoring.proofsPassed(results);
        long passed = results.stream().filter(result -> Scoring.earns(result, proofsPassed)).count();
        int points = results.stream().filter(result -> Scoring.earns(result, proofsPassed))
                .mapToInt(TestRecord::points).sum();
        int maxPoints = results.stream().mapToInt(TestRecord::points).sum();
        return String.format(NAME + "%-26s %12s %s", name,
                String.format(lang.pick("%d of %d tests passed", "%d de %d pruebas superadas"), passed,
                        results.size()),
                String.format(lang.pick("%d/%d points", "%d/%d puntos"), points, maxPoints),
                seconds);
    }

    /** Since {@code start}, or nothing when it did not run. */
    private static Duration took(Path results) throws IOException {
        Path started = results.resolve(STARTED);
        if (!Files.exists(started)) {
            return Duration.ZERO;
        }
        long since = Long.parseLong(Files.readString(started, StandardCharsets.UTF_8).strip());
        return Duration.ofMillis(Math.max(0, System.currentTimeMillis() - since));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
