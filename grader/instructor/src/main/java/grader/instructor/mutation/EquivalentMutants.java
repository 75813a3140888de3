package grader.instructor.mutation;

import grader.instructor.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A solution's mutants that no graded test can kill, each with the reason:
 * {@code solutions/exNN-slug/mutants/equivalent.txt}. An entry is three lines; blank lines and
 * lines starting with {@code #} are ignored:
 * <pre>
 * mutant: ex01.ParallelSum.joinUninterruptibly | NegateConditionalsMutator | negated conditional
 * line: if (interrupted) {
 * why: ...one sentence: why no test can tell it from the solution...
 * </pre>
 * The first line is the class and method, the operator and what it did; the second the text of
 * the line it changed; the mutation check prints both for each mutant it finds unlisted.
 */
final class EquivalentMutants {

    static final String MUTANT = "mutant: ";
    static final String LINE = "line: ";
    static final String WHY = "why: ";
    static final String SEPARATOR = " | ";

    /** One entry, and the line of the file where it starts. */
    record Entry(MutantKey key, String reason, int line) {
    }

    private final List<Entry> entries;
    private final List<Problem> problems;

    private EquivalentMutants(List<Entry> entries, List<Problem> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entries that could not be read. */
    List<Problem> problems() {
        return problems;
    }

    /** The list in {@code file}, named {@code name} in problems; none when the file does not exist. */
    static EquivalentMutants read(Path file, String name) throws IOException {
        if (!Files.exists(file)) {
            return new EquivalentMutants(List.of(), List.of());
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), name);
    }

    static EquivalentMutants parse(List<String> lines, String name) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i).strip();
            if (first.isEmpty() || first.startsWith("#")) {
                continue;
            }
            int start = i + 1;
            String[] where = first.startsWith(MUTANT) ? first.substring(MUTANT.length()).split(" \\| ", 3) : null;
            String lineText = i + 1 < lines.size() ? field(lines.get(i + 1), LINE) : null;
            String reason = i + 2 < lines.size() ? field(lines.get(i + 2), WHY) : null;
            int method = where == null ? -1 : where[0].lastIndexOf('.');
            if (where == null || where.length != 3 || method < 0 || lineText == null || reason == null) {
                problems.add(new Problem(name, start, "an entry is three lines, \"" + MUTANT + "Class.method"
                        + SEPARATOR + "Mutator" + SEPARATOR + "what it did\", \"" + LINE + "...\" and \"" + WHY
                        + "...\", as the mutation check prints them"));
                while (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && !lines.get(i + 1).strip().startsWith(MUTANT)) {
                    i++; // the rest of the broken entry
                }
                continue;
            }
            if (reason.isBlank()) {
                problems.add(new Problem(name, start + 2, "say why no graded test can kill this mutant"));
            }
            entries.add(new Entry(new MutantKey(where[0].substring(0, method), where[0].substring(method + 1),
                    where[1], where[2], lineText), reason, start));
            i += 2;
        }
        return new EquivalentMutants(List.copyOf(entries), List.copyOf(problems));
    }

    /** The text after {@code prefix}, or null when the line does not start with it. */
    private static String field(String line, String prefix) {
        String stripped = line.strip();
        String bare = prefix.strip();
        if (stripped.startsWith(prefix)) {
            return stripped.substring(prefix.length()).strip();
        }
        return stripped.equals(bare) ? "" : null;
    }
}
