package grader.instructor.scaffold;

import grader.instructor.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hook between the scaffold and the students' grading workflow. A workflow that names the
 * exercises keeps them as one line each between two marker lines (any comment syntax):
 *
 * <pre>
 *   # BEGIN EXERCISE LIST (grader/bin/new-exercise adds one line per exercise)
 *   EX01_THREADS_RESULTS: ${{ steps.ex01-threads.outputs.result }}
 *   # END EXERCISE LIST
 * </pre>
 *
 * A new exercise's line is a copy of the list's last line with that exercise's id put in place
 * of the last exercise's, in both spellings ({@code ex01-threads} and {@code EX01_THREADS}).
 * A file may hold several lists. A workflow that finds the exercises by itself needs none.
 */
final class WorkflowExerciseList {

    static final String BEGIN = "BEGIN EXERCISE LIST";
    static final String END = "END EXERCISE LIST";
    private static final Pattern EXERCISE_ID = Pattern.compile("ex\\d\\d-[a-z0-9-]*[a-z0-9]");

    private WorkflowExerciseList() {
    }

    /**
     * Adds {@code id} to every exercise list of {@code workflow}.
     *
     * @return what happened, in one sentence for the instructor
     * @throws IllegalStateException naming the file and line when a list cannot take the exercise
     */
    static String register(Path workflow, String id, String shownAs) throws IOException {
        if (!Files.isRegularFile(workflow)) {
            return shownAs + " does not exist yet: no grading workflow to register " + id + " in.";
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(workflow, StandardCharsets.UTF_8));
        int lists = 0;
        int added = 0;
        for (int begin = indexOf(lines, BEGIN, 0); begin >= 0; begin = indexOf(lines, BEGIN, begin + 1)) {
            int end = indexOf(lines, END, begin + 1);
            if (end < 0) {
                throw new IllegalStateException(new Problem(shownAs, begin + 1,
                        BEGIN + " has no " + END + " after it").toString());
            }
            lists++;
            List<String> entries = lines.subList(begin + 1, end).stream().filter(l -> !l.isBlank()).toList();
            if (entries.stream().anyMatch(entry -> entry.contains(id))) {
                continue;
            }
            String last = entries.isEmpty() ? "" : entries.get(entries.size() - 1);
            Matcher previous = EXERCISE_ID.matcher(last);
            if (!previous.find()) {
                throw new IllegalStateException(new Problem(shownAs, end + 1, "the exercise list needs at least one "
                        + "line naming an exercise (e.g. ex01-threads) to copy for " + id).toString());
            }
            lines.add(end, last.replace(previous.group(), id)
                    .replace(constantOf(previous.group()), constantOf(id)));
            added++;
        }
        if (lists == 0) {
            return shownAs + " has no " + BEGIN + " marker: nothing to register (the workflow must find "
                    + "the exercises by itself).";
        }
        if (added == 0) {
            return shownAs + ": " + id + " is in its exercise list(s) already.";
        }
        Files.writeString(workflow, lines.stream().collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        return shownAs + ": " + id + " added to " + added + " exercise list(s).";
    }

    /** {@code ex01-threads} as a constant's name: {@code EX01_THREADS}. */
    static String constantOf(String id) {
        return id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }
}
