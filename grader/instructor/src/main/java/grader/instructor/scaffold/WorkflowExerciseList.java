package grader.instructor.scaffold;

import grader.instructor.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hook between the scaffold and the students' grading workflow. A workflow that names the
 * exercises keeps each list of them between two marker lines (in any comment syntax), one entry
 * per exercise, in order. An entry is one line, or several consecutive lines, each of which names
 * its exercise by number ({@code ex01}, {@code EX01}) or id ({@code ex01-threads}):
 *
 * <pre>
 *   # BEGIN EXERCISE LIST
 *   - name: ex01 threads
 *     id: ex01
 *     run: grader/bin/github-grade report ex01
 *   # END EXERCISE LIST
 * </pre>
 *
 * A new exercise's entry is a copy of the list's last entry, with the new exercise's names in
 * place of the last exercise's: its id ({@code ex01-threads}), the id as words
 * ({@code ex01 threads}, also a label of the number and words at the end of a line), as a
 * constant ({@code EX01_THREADS}), and its number ({@code ex01}, {@code EX01}). A file may hold
 * several lists. A workflow that finds the exercises by itself needs none.
 */
final class WorkflowExerciseList {

    static final String BEGIN = "BEGIN EXERCISE LIST";
    static final String END = "END EXERCISE LIST";
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![a-z0-9])ex\\d\\d(?![0-9])");

    private WorkflowExerciseList() {
    }

    /**
     * Adds exercise {@code id} to every exercise list of {@code workflow}.
     *
     * @param knownIds the course's exercise ids, to find the full id of the list's last exercise
     * @return what happened, for the instructor, with the lines added
     * @throws IllegalStateException naming the file and line when a list cannot take the exercise
     */
    static String register(Path workflow, String shownAs, String id, Collection<String> knownIds)
            throws IOException {
        if (!Files.isRegularFile(workflow)) {
            return shownAs + " does not exist yet: no grading workflow to register " + id + " in.";
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(workflow, StandardCharsets.UTF_8));
        String number = numberOf(id);
        int lists = 0;
        List<String> added = new ArrayList<>();
        for (int begin = indexOf(lines, BEGIN, 0); begin >= 0; begin = indexOf(lines, BEGIN, begin + 1)) {
            int end = indexOf(lines, END, begin + 1);
            if (end < 0) {
                throw new IllegalStateException(new Problem(shownAs, begin + 1,
                        BEGIN + " has no " + END + " after it").toString());
            }
            lists++;
            List<String> list = lines.subList(begin + 1, end);
            if (list.stream().anyMatch(line -> names(line, number))) {
                continue;
            }
            int last = list.size() - 1;
            while (last >= 0 && list.get(last).isBlank()) {
                last--;
            }
            Matcher lastNumber = NUMBER.matcher(last < 0 ? "" : list.get(last));
            String previous = null;
            while (lastNumber.find()) {
                previous = lastNumber.group().toLowerCase(Locale.ROOT);
            }
            if (previous == null) {
                throw new IllegalStateException(new Problem(shownAs, begin + last + 2, "the exercise list "
                        + "must end with an entry that names an exercise (e.g. ex01) to copy for " + id).toString());
            }
            int first = last;
            while (first > 0 && names(list.get(first - 1), previous)) {
                first--;
            }
            List<String> entry = new ArrayList<>();
            for (String line : list.subList(first, last + 1)) {
                entry.add(renamed(line, previous, id, knownIds));
            }
            list.addAll(last + 1, entry);
            added.addAll(entry);
        }
        if (lists == 0) {
            return shownAs + " has no " + BEGIN + " marker: nothing to register (the workflow must find "
                    + "the exercises by itself).";
        }
        if (added.isEmpty()) {
            return shownAs + ": " + id + " is in its exercise list(s) already.";
        }
        Files.writeString(workflow, lines.stream().collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        return shownAs + ": " + id + " added to " + lists + " exercise list(s); check the lines added:\n"
                + added.stream().map(line -> "  + " + line).collect(Collectors.joining("\n"));
    }

    /** {@code ex01-threads} → {@code ex01}. */
    static String numberOf(String id) {
        return id.substring(0, 4);
    }

    /** {@code ex01-threads} as a constant's name: {@code EX01_THREADS}. */
    static String constantOf(String id) {
        return id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String renamed(String line, String previousNumber, String id, Collection<String> knownIds) {
        String renamed = line;
        for (String previousId : knownIds) {
            if (numberOf(previousId).equals(previousNumber)) {
                renamed = renamed.replace(previousId, id)
                        .replace(previousId.replace('-', ' '), id.replace('-', ' '))
                        .replace(constantOf(previousId), constantOf(id));
            }
        }
        // A label that is the number and then words, like "ex07 pipe", names the exercise in words.
        renamed = Pattern.compile("(?<![a-z0-9])" + previousNumber + "(?: [a-z][a-z0-9]*)+(?=\\s*$)")
                .matcher(renamed).replaceAll(Matcher.quoteReplacement(id.replace('-', ' ')));
        String number = numberOf(id);
        return renamed.replace(previousNumber, number)
                .replace(previousNumber.toUpperCase(Locale.ROOT), number.toUpperCase(Locale.ROOT));
    }

    private static boolean names(String line, String number) {
        Matcher mentioned = NUMBER.matcher(line);
        while (mentioned.find()) {
            if (mentioned.group().equalsIgnoreCase(number)) {
                return true;
            }
        }
        return false;
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
