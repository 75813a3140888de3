package grader.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import de.jplag.reporting.reportobject.ReportObjectFactory;
import java.io.File;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs JPlag on one exercise's sources, with the skeleton as base code, and reads every pair it
 * compared, most similar first. JPlag needs at least two submissions to compare.
 */
final class SimilarityCheck {

    private SimilarityCheck() {
    }

    /**
     * The pairs of {@code sources}, most similar first; JPlag's report (for its viewer) is
     * written to {@code report}.
     *
     * @throws ExitException when JPlag cannot compare them (e.g. fewer than two valid submissions)
     */
    static List<SimilarPair> run(String exercise, ExerciseSources sources, Path report)
            throws ExitException, FileNotFoundException {
        JPlagOptions options = new JPlagOptions(new JavaOnThisJdk(), Set.of(sources.submissions().toFile()), Set.of())
                .withBaseCodeSubmissionDirectory(sources.base().toFile());
        JPlagResult result = JPlag.run(options);
        new ReportObjectFactory(report.toFile()).createAndSaveReport(result);
        return result.getAllComparisons().stream()
                .map(comparison -> pairOf(exercise, comparison))
                .sorted(Comparator.comparingDouble(SimilarPair::similarity).reversed()
                        .thenComparing(SimilarPair::first).thenComparing(SimilarPair::second))
                .toList();
    }

    private static SimilarPair pairOf(String exercise, JPlagComparison comparison) {
        Submission first = comparison.firstSubmission();
        Submission second = comparison.secondSubmission();
        return new SimilarPair(exercise, first.getName(), second.getName(), comparison.similarity(),
                comparison.maximalSimilarity(), filesOf(first, comparison.matches(), Match::startOfFirst),
                filesOf(second, comparison.matches(), Match::startOfSecond));
    }

    /** The files, relative to the submission, where the matches start. */
    private static List<String> filesOf(Submission submission, List<Match> matches, Function<Match, Integer> start) {
        Set<String> files = new TreeSet<>();
        Path root = submission.getRoot().toPath();
        for (Match match : matches) {
            File file = submission.getTokenList().get(start.apply(match)).getFile();
            Path path = file.toPath();
            files.add((path.startsWith(root) ? root.relativize(path) : path.getFileName()).toString().replace('\\', '/'));
        }
        return List.copyOf(files);
    }
}
