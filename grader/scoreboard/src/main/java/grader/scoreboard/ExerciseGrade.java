package grader.scoreboard;

import grader.i18n.Lang;
import java.util.List;

/**
 * One exercise's score.
 *
 * @param id        the exercise's folder name, e.g. {@code ex01-threads}
 * @param title     its title in the report's language
 * @param status    whether its tests ran
 * @param points    points earned
 * @param maxPoints points it is worth
 * @param message   what the student should know beyond the tests (the first compiler error, test files
 *                  that were changed, code that could take the grader's place), or empty
 * @param tests     every graded test, in the order the sources declare them
 */
public record ExerciseGrade(String id, String title, Status status, int points, int maxPoints, String message,
                            List<TestGrade> tests) {

    /** Whether the exercise's tests ran in this build. */
    public enum Status {
        GRADED,
        DOES_NOT_COMPILE,
        /** No test of this exercise ran in this build (e.g. it was left out with -pl). */
        NOT_RUN
    }

    public long passed() {
        return tests.stream().filter(TestGrade::passed).count();
    }

    /** One short phrase for reports: "3 of 8 tests passed", "does not compile", "not run". */
    public String summary(Lang lang) {
        switch (status) {
            case DOES_NOT_COMPILE:
                return lang.pick("does not compile", "no compila");
            case NOT_RUN:
                return lang.pick("not run", "no ejecutado");
            default:
                return String.format(lang.pick("%d of %d tests passed", "%d de %d pruebas superadas"),
                        passed(), tests.size());
        }
    }
}
