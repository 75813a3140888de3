package grader.instructor;

import grader.i18n.Lang;
import grader.scoreboard.ExerciseModule;
import grader.scoreboard.GradedTest;
import grader.scoreboard.GradedTestScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the course holds, read from where each fact lives, never from a copy: the id is the
 * folder's name, the titles are the first headings of {@code README.md} and {@code README.es.md},
 * and the graded tests and their points are the {@code @Graded} annotations of the tests. The
 * scoreboard reads the same places, so an exercise's total is written nowhere.
 */
public final class ExerciseCatalog {

    private ExerciseCatalog() {
    }

    /**
     * One exercise's metadata.
     *
     * @param id      the folder name, e.g. {@code ex01-threads}
     * @param titleEn the title of {@code README.md} (the id when there is none)
     * @param titleEs the title of {@code README.es.md} (the id when there is none)
     * @param tests   its graded tests, in source order
     */
    public record Exercise(String id, String titleEn, String titleEs, List<GradedTest> tests) {

        public int points() {
            return tests.stream().mapToInt(GradedTest::points).sum();
        }
    }

    /** Every exercise under {@code root/exercises}, sorted by id. */
    public static List<Exercise> of(Path root) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        for (ExerciseModule module : ExerciseModule.under(root, "exercises")) {
            exercises.add(new Exercise(module.id(), module.title(Lang.EN), module.title(Lang.ES),
                    GradedTestScanner.scan(module.testSources())));
        }
        return exercises;
    }

    /** The catalog as a table, each exercise's graded tests under it. */
    public static String render(List<Exercise> exercises) {
        StringBuilder out = new StringBuilder(
                String.format("%-28s %6s  %s%n", "exercise", "points", "title / título"));
        int total = 0;
        for (Exercise exercise : exercises) {
            out.append(String.format("%-28s %6d  %s / %s%n", exercise.id(), exercise.points(), exercise.titleEn(),
                    exercise.titleEs()));
            for (GradedTest test : exercise.tests()) {
                out.append(String.format("    %2d  %s%n", test.points(), test.testId()));
            }
            total += exercise.points();
        }
        return out.append(String.format("%-28s %6d%n", "TOTAL", total)).toString();
    }
}
