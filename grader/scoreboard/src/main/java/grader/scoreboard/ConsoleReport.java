package grader.scoreboard;

import grader.i18n.Lang;
import grader.scoreboard.TestGrade.Status;

/** The scoreboard as the student sees it at the end of {@code ./mvnw test}. */
public final class ConsoleReport {

    private static final String RULE = "-".repeat(78);

    private ConsoleReport() {
    }

    public static String render(CourseGrade course) {
        Lang lang = course.lang();
        StringBuilder out = new StringBuilder();
        out.append(RULE).append('\n')
                .append(lang.pick("SCOREBOARD", "MARCADOR")).append('\n')
                .append(RULE).append('\n');
        for (ExerciseGrade exercise : course.exercises()) {
            out.append(String.format("%-40s %3d/%-3d %s%n", exercise.id() + "  " + exercise.title(),
                    exercise.points(), exercise.maxPoints(), exercise.summary(lang)));
            if (!exercise.message().isEmpty()) {
                out.append("    ").append(exercise.message().replace("\n", "\n    ")).append('\n');
            }
            for (TestGrade test : exercise.tests()) {
                out.append(String.format("  %s %2d/%-2d %s%n", mark(test.status()), test.points(), test.maxPoints(),
                        test.name()));
                if (test.status() != Status.PASSED && exercise.status() == ExerciseGrade.Status.GRADED) {
                    out.append("           ").append(test.reason()).append(location(test, lang)).append('\n');
                }
            }
        }
        out.append(RULE).append('\n')
                .append(String.format("TOTAL %d/%d%n", course.points(), course.maxPoints()))
                .append(RULE).append('\n');
        return out.toString();
    }


    private static String mark(Status status) {
        switch (status) {
            case PASSED:
                return "[ok]";
            case NOT_MEASURED:
                return "[~~]";
            case DID_NOT_RUN:
                return "[--]";
            case VOIDED:
                return "[!!]";
            default:
                return "[XX]";
        }
    }

    private static String location(TestGrade test, Lang lang) {
        return test.location().isEmpty() ? "" : lang.pick(" (at ", " (en ") + test.location() + ")";
    }
}
