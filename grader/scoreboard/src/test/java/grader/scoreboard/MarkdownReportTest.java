package grader.scoreboard;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.crashed;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static grader.scoreboard.Grades.withEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The job summary on GitHub and target/grade/grade.md. */
class MarkdownReportTest {

    @Test
    void eachExerciseAndEachTestWithItsPointsAndItsReasonInOneLine() {
        String md = MarkdownReport.render(course(Lang.ES,
                graded("ex01-threads", "Hilos: start y join",
                        passed("ex01.T#a", "suma cada número", 3),
                        failed("ex01.T#b", "rechaza los hilos", 2, "se esperaba \"2\"\npero fue 1", "Pool.java:3"),
                        crashed("ex01.T#c", "no se cuelga", 1))));

        assertThat(md).startsWith("# Marcador: 3/6\n")
                .contains("| ex01-threads Hilos: start y join | 3/6 | 1 de 3 pruebas superadas |\n")
                .contains("## ex01-threads · Hilos: start y join: 3/6\n")
                .contains("| ✅ | suma cada número | 3/3 |  |\n")
                .contains("| ❌ | rechaza los hilos | 0/2 | se esperaba \"2\" |\n")
                .contains("| ⛔ | no se cuelga | 0/1 | did not finish: its test JVM stopped before this test ended |\n");
    }

    @Test
    void anExerciseThatDoesNotCompileShowsTheCompilerError() {
        String md = MarkdownReport.render(course(Lang.EN, doesNotCompile("ex01-threads",
                "exercises/ex01-threads/src/main/java/ex01/A.java:3: ';' expected", failed("ex01.T#a", "sums", 3, "", ""))));

        assertThat(md).startsWith("# Scoreboard: 0/3\n")
                .contains("| ex01-threads ex01-threads | 0/3 | does not compile |")
                .contains("```\ndoes not compile: exercises/ex01-threads/src/main/java/ex01/A.java:3: ';' expected\n```");
    }

    @Test
    void aCourseWhereNoTestRanIsZeroOfZero() {
        assertThat(MarkdownReport.render(course(Lang.EN))).startsWith("# Scoreboard: 0/0\n");
    }

    @Test
    void theWorkersChartFollowsItsExercisesTable() {
        String md = MarkdownReport.render(course(Lang.EN, graded("ex01-threads", "Threads",
                withEvidence(passed("ex01.T#a", "parts run together", 3),
                        "{\"timeline\": [{\"thread\": \"w0\", \"startMillis\": 0, \"endMillis\": 2, \"items\": 5}]}"))));

        assertThat(md).contains("| ✅ | parts run together | 3/3 |  |\n\n```mermaid\ngantt\n");
    }
}
