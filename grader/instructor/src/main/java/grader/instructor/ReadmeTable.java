package grader.instructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The course's exercise table in the top-level {@code README.md}: one row per exercise, with its
 * statement, title and points, and the count and total. It is a copy of the catalogue, so it is
 * written from it ({@link #write}) between two marker lines and checked like the statements'
 * tables ({@link #check}).
 */
public final class ReadmeTable {

    public static final String README = "README.md";
    public static final String BEGIN = "<!-- BEGIN EXERCISE TABLE: grader/bin/list-exercises --write-readme writes it "
            + "from the statements and the @Graded tests -->";
    public static final String END = "<!-- END EXERCISE TABLE -->";

    private ReadmeTable() {
    }

    /** The table's lines, markers included. */
    public static List<String> render(List<ExerciseCatalog.Exercise> exercises) {
        List<String> lines = new ArrayList<>(List.of(BEGIN, "| Exercise | What you learn | Points |", "|---|---|---:|"));
        int total = 0;
        for (ExerciseCatalog.Exercise exercise : exercises) {
            lines.add(String.format("| [%1$s](exercises/%1$s/README.md) | %2$s | %3$d |", exercise.id(),
                    exercise.titleEn().replace("|", "\\|"), exercise.points()));
            total += exercise.points();
        }
        lines.add(String.format("| **%d exercise%s** | | **%d** |", exercises.size(), exercises.size() == 1 ? "" : "s",
                total));
        lines.add(END);
        return lines;
    }

    /** The disagreement between the README's table and the catalogue, if any; none when there is no README. */
    public static List<Problem> check(Path root) throws IOException {
        Path readme = root.resolve(README);
        if (!Files.isRegularFile(readme)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        Optional<int[]> table = find(lines);
        if (table.isEmpty()) {
            return List.of(Problem.ofFile(README, "has no exercise table between the lines " + BEGIN + " and " + END
                    + ": put those two lines where the table goes, then run grader/bin/list-exercises --write-readme"));
        }
        List<String> expected = render(ExerciseCatalog.of(root));
        List<String> found = lines.subList(table.get()[0], table.get()[1] + 1);
        for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(no line)";
            String have = i < found.size() ? found.get(i) : "(no line)";
            if (!want.equals(have)) {
                return List.of(new Problem(README, table.get()[0] + i + 1, "the exercise table disagrees with the "
                        + "exercises' statements and tests: expected «" + want + "», found «" + have
                        + "»; run grader/bin/list-exercises --write-readme"));
            }
        }
        return List.of();
    }

    /** Writes the table from the catalogue; false when the README has no table to write. */
    public static boolean write(Path root) throws IOException {
        Path readme = root.resolve(README);
        if (!Files.isRegularFile(readme)) {
            return false;
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(readme, StandardCharsets.UTF_8));
        Optional<int[]> table = find(lines);
        if (table.isEmpty()) {
            return false;
        }
        lines.subList(table.get()[0], table.get()[1] + 1).clear();
        lines.addAll(table.get()[0], render(ExerciseCatalog.of(root)));
        Files.writeString(readme, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return true;
    }

    /** The indexes of the marker lines, the first and the last line of the table. */
    private static Optional<int[]> find(List<String> lines) {
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        return begin >= 0 && end > begin ? Optional.of(new int[] {begin, end}) : Optional.empty();
    }
}
