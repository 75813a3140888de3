package grader.instructor.skeleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An exercise's solution-only text, as runs of lines, so that the students' tree can be searched
 * for it. A leak is {@value #RUN} consecutive significant lines of a solution block, found in the
 * same order in a student's file. One line, however long, may be an idiom that the tests or the
 * statement use too, such as {@code } catch (InterruptedException e) {}; a run of them is a copy.
 */
final class SolutionRuns {

    static final int RUN = 3;

    /**
     * Shorter lines ({@code return total;}, {@code }}) are common to any code. Import and package
     * lines name types that tests name too.
     */
    static final int SIGNIFICANT_LENGTH = 20;

    private final Set<List<String>> runs = new HashSet<>();

    /**
     * @param blocks        the lines of each solution block of the exercise, in order
     * @param skeletonLines every line of the exercise's skeleton, stripped: a line the skeleton
     *                      has anyway is no solution text
     */
    SolutionRuns(List<List<String>> blocks, Set<String> skeletonLines) {
        for (List<String> block : blocks) {
            List<String> lines = block.stream().map(String::strip)
                    .filter(line -> significant(line) && !skeletonLines.contains(line)).toList();
            for (int i = 0; i + RUN <= lines.size(); i++) {
                runs.add(lines.subList(i, i + RUN));
            }
        }
    }

    /** The numbers (from 1) of the lines of {@code lines} where a run of solution text starts. */
    List<Integer> startsIn(List<String> lines) {
        List<Integer> numbers = new ArrayList<>();
        List<String> significant = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (significant(line)) {
                numbers.add(i + 1);
                significant.add(line);
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + RUN <= significant.size(); i++) {
            if (runs.contains(significant.subList(i, i + RUN))) {
                starts.add(numbers.get(i));
                i += RUN - 1;
            }
        }
        return starts;
    }

    private static boolean significant(String line) {
        return line.length() >= SIGNIFICANT_LENGTH && !line.startsWith("import ") && !line.startsWith("package ");
    }
}
