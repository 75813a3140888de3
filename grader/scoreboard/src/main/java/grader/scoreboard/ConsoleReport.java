package grader.scoreboard;

import grader.i18n.Lang;
import grader.scoreboard.TestGrade.Status;
import java.util.List;

/**
 * The scoreboard as the student sees it at the end of {@code ./mvnw test}: the last thing the run
 * prints, so it stays short. An exercise at full marks is one line, and so is one whose tests did
 * not run (with the reason: the first compiler error, say). Otherwise each test gets a line, and
 * the reason of a failed test follows it; tests in a row that failed for the same reason (a
 * skeleton's {@code TODO}) share one reason line, after the last of them.
 */
public final class ConsoleReport {

    private static final String RULE = "-".repeat(78);
    private static final String REASON_INDENT = " ".repeat(11);

    private ConsoleReport() {
    }

    /** The board's title inside its top rule: one line, so a skeleton's whole board fits a screen. */
    private static String heading(Lang lang) {
        String title = "-- " + lang.pick("SCOREBOARD", "MARCADOR") + " ";
        return title + "-".repeat(RULE.length() - title.length());
    }

    public static String render(CourseGrade course) {
        Lang lang = course.lang();
        StringBuilder out = new StringBuilder();
        out.append(heading(lang)).append('\n');
        for (ExerciseGrade exercise : course.exercises()) {
            out.append(String.format("%-22s %3d/%-3d  %-26s %s%n", exercise.id(), exercise.points(),
                    exercise.maxPoints(), exercise.summary(lang), exercise.title().equals(exercise.id()) ? ""
                            : exercise.title()).stripTrailing()).append('\n');
            if (!exercise.message().isEmpty()) {
                out.append("    ").append(exercise.message().replace("\n", "\n    ")).append('\n');
            }
            if (exercise.status() == ExerciseGrade.Status.GRADED && exercise.points() < exercise.maxPoints()) {
                tests(exercise.tests(), lang, out);
            }
        }
        out.append(RULE).append('\n')
                .append(String.format("TOTAL %d/%d%n", course.points(), course.maxPoints()));
        return out.toString();
    }

    /** The run's last line: where the full report is, in both languages, whatever the run's language. */
    public static String reportLine() {
        return "Report / Informe: target/grade/index.html (and grade.md, grade.json)";
    }

    private static void tests(List<TestGrade> tests, Lang lang, StringBuilder out) {
        int sameReason = 0;
        String location = "";
        for (int i = 0; i < tests.size(); i++) {
            TestGrade test = tests.get(i);
            out.append(String.format("  %s %2d/%-2d %s%n", mark(test.status()), test.points(), test.maxPoints(),
                    test.name()));
            if (test.status() == Status.PASSED) {
                continue;
            }
            sameReason++;
            location = location.isEmpty() ? test.location() : location;
            TestGrade next = i + 1 < tests.size() ? tests.get(i + 1) : null;
            if (next == null || next.status() == Status.PASSED || !next.reason().equals(test.reason())) {
                out.append(REASON_INDENT);
                if (sameReason > 1) {
                    out.append(String.format(lang.pick("the %d tests above: ", "las %d pruebas de arriba: "),
                            sameReason));
                }
                out.append(test.reason()).append(location(location, lang)).append('\n');
                sameReason = 0;
                location = "";
            }
        }
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

    private static String location(String location, Lang lang) {
        return location.isEmpty() ? "" : lang.pick(" (at ", " (en ") + location + ")";
    }
}
