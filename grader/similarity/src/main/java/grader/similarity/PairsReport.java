package grader.similarity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the similarity check writes: every pair as CSV, and the most similar pairs above the
 * threshold as a Markdown table for the job summary. A similarity is a lead to read the two
 * programs side by side in JPlag's report, never a verdict, and never part of a grade.
 */
final class PairsReport {

    static final String CSV_HEADER = "exercise,first,second,similarity,maximum_similarity,first_files,second_files";

    private PairsReport() {
    }

    static String csv(List<SimilarPair> pairs) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (SimilarPair pair : pairs) {
            csv.append(String.join(",", pair.exercise(), pair.first(), pair.second(), fraction(pair.similarity()),
                    fraction(pair.maximumSimilarity()), String.join(" ", pair.firstFiles()),
                    String.join(" ", pair.secondFiles()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * @param threshold the similarity from which a pair is shown, 0 to 1
     * @param top       how many pairs to show at most
     * @param notes     what could not be compared, and why
     */
    static String markdown(List<SimilarPair> pairs, double threshold, int top, List<String> notes) {
        List<SimilarPair> above = pairs.stream().filter(pair -> pair.similarity() >= threshold)
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity())).toList();
        StringBuilder md = new StringBuilder("## Similarity (JPlag, the skeleton as base code)\n\n");
        md.append(String.format(Locale.ROOT, "%d pair(s) compared; %d at %s or more%s.%n%n", pairs.size(),
                above.size(), percent(threshold), above.size() > top ? ", the " + top + " most similar shown" : ""));
        if (!above.isEmpty()) {
            md.append("| Similarity | Exercise | Students | Files |\n|---|---|---|---|\n");
            for (SimilarPair pair : above.subList(0, Math.min(top, above.size()))) {
                md.append("| ").append(percent(pair.similarity())).append(" (max ")
                        .append(percent(pair.maximumSimilarity())).append(") | ").append(pair.exercise())
                        .append(" | ").append(pair.first()).append(" · ").append(pair.second()).append(" | ")
                        .append(files(pair.firstFiles())).append(" · ").append(files(pair.secondFiles()))
                        .append(" |\n");
            }
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        md.append("\nA similarity is a lead, not a verdict: open the exercise's report (`<exercise>.zip`) in "
                + "JPlag's viewer, https://jplag.github.io/JPlag/, to read both programs side by side. "
                + "It changes no grade.\n");
        return md.toString();
    }

    private static String files(List<String> files) {
        return files.isEmpty() ? "" : files.stream().map(file -> "`" + file + "`").collect(Collectors.joining(", "));
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }
}
