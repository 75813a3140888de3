package grader.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The table of the grader's docs: each failure mode, what was expected and what the grading did,
 * for this JDK. Written to the build folder on every run; with {@code -Dhostile.updateDocs=true}
 * also into {@code grader/docs/hostile-submissions.md}, where each JDK has its own section.
 */
final class HostileReport {

    private HostileReport() {
    }

    /** This JDK's section of the docs. */
    static String section(List<Verdict> verdicts, List<String> wholeRun) {
        long asExpected = verdicts.stream().filter(Verdict::asExpected).count();
        StringBuilder md = new StringBuilder();
        md.append(String.format("### JDK %d (%s, %s): %d of %d as expected%n%n", Runtime.version().feature(),
                Runtime.version(), System.getProperty("java.vendor"), asExpected, verdicts.size()));
        md.append("| Submission | Test | Expected | Observed (English grading) | |\n|---|---|---|---|---|\n");
        for (Verdict verdict : verdicts) {
            Expectation expected = verdict.expected();
            md.append(String.format("| %s | `%s` %s | %s, ≤ %d s | %s | %s |%n", cell(expected.failureMode()),
                    expected.exercise(), cell(expected.test()), cell(expected.status()), expected.withinSeconds(),
                    cell(verdict.observed()),
                    verdict.asExpected() ? "✅" : "❌ " + cell(String.join("; ", verdict.problems()))));
        }
        md.append('\n');
        wholeRun.forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    /** Puts {@code section} in place of this JDK's section of {@code docs}, or after the others. */
    static void updateDocs(Path docs, String section) throws IOException {
        String begin = "<!-- BEGIN GENERATED: JDK " + Runtime.version().feature() + " -->";
        String end = "<!-- END GENERATED: JDK " + Runtime.version().feature() + " -->";
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        String block = begin + "\n" + section + end;
        int from = text.indexOf(begin);
        String updated = from < 0 ? text.stripTrailing() + "\n\n" + block + "\n"
                : text.substring(0, from) + block + text.substring(text.indexOf(end, from) + end.length());
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
