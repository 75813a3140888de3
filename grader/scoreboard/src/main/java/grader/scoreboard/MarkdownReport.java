package grader.scoreboard;

import grader.i18n.Lang;
import grader.scoreboard.TestGrade.Status;

/**
 * The scoreboard as Markdown: {@code target/grade/grade.md}, and the job summary on GitHub. Each
 * exercise's table of tests is followed by its workers' charts and measured speed-ups.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(CourseGrade course) {
        Lang lang = course.lang();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(lang.pick("Scoreboard", "Marcador"))
                .append(String.format(": %d/%d%n%n", course.points(), course.maxPoints()));
        md.append(lang.pick("| Exercise | Points | Result |", "| Ejercicio | Puntos | Resultado |")).append('\n')
                .append("|---|---:|---|\n");
        for (ExerciseGrade exercise : course.exercises()) {
            md.append(String.format("| %s %s | %d/%d | %s |%n", exercise.id(), cell(exercise.title()),
                    exercise.points(), exercise.maxPoints(), exercise.summary(lang)));
        }
        for (ExerciseGrade exercise : course.exercises()) {
            md.append(String.format("%n## %s · %s: %d/%d%n%n", exercise.id(), exercise.title(), exercise.points(),
                    exercise.maxPoints()));
            if (!exercise.message().isEmpty()) {
                md.append("```\n").append(exercise.message().replace("```", "'''")).append("\n```\n\n");
            }
            md.append(lang.pick("| | Test | Points | Why |", "| | Prueba | Puntos | Por qué |")).append('\n')
                    .append("|---|---|---:|---|\n");
            for (TestGrade test : exercise.tests()) {
                md.append(String.format("| %s | %s | %d/%d | %s |%n", icon(test.status()), cell(test.name()),
                        test.points(), test.maxPoints(), cell(test.reason())));
            }
            String workers = WorkersChart.render(exercise, lang);
            if (!workers.isEmpty()) {
                md.append('\n').append(workers.stripTrailing()).append('\n');
            }
        }
        return md.toString();
    }


    private static String icon(Status status) {
        switch (status) {
            case PASSED:
                return "✅";
            case NOT_MEASURED:
                return "⏱️";
            case DID_NOT_RUN:
                return "⛔";
            case VOIDED:
                return "🚫";
            default:
                return "❌";
        }
    }

    /** Text made safe for one table cell. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
