package grader.scoreboard;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The scoreboard at the end of ./mvnw test: short enough to be read whole. */
class ConsoleReportTest {

    @Test
    void anExerciseAtFullMarksIsOneLine() {
        String console = ConsoleReport.render(course(Lang.EN, graded("ex01-threads", "Threads",
                passed("ex01.T#a", "sums", 3), passed("ex01.T#b", "overlaps", 2))));

        assertThat(console).contains("ex01-threads").contains(" 5/5 ", "2 of 2 tests passed", "Threads").doesNotContain("[ok]", "sums");
    }

    @Test
    void testsInARowThatFailedTheSameWayShareOneReasonLineAfterTheLastOfThem() {
        String console = ConsoleReport.render(course(Lang.EN, graded("ex01-threads", "Threads",
                failed("ex01.T#a", "follows the rules", 2, "Architecture Violation", ""),
                failed("ex01.T#b", "sums", 3, "not implemented yet: TODO: Sum.sum\nat Sum.java:9", "Sum.java:9"),
                failed("ex01.T#c", "overlaps", 2, "not implemented yet: TODO: Sum.sum", ""),
                failed("ex01.T#d", "is faster", 2, "not implemented yet: TODO: Sum.sum", "Sum.java:9"),
                passed("ex01.T#e", "rejects", 1))));

        assertThat(console).contains("""
                  [XX]  0/2  follows the rules
                           Architecture Violation
                  [XX]  0/3  sums
                  [XX]  0/2  overlaps
                  [XX]  0/2  is faster
                           the 3 tests above: not implemented yet: TODO: Sum.sum (at Sum.java:9)
                  [ok]  1/1  rejects
                """);
    }

    @Test
    void anExerciseThatDoesNotCompileShowsTheCompilerErrorInsteadOfItsTests() {
        String console = ConsoleReport.render(course(Lang.ES, doesNotCompile("ex02-thread-pool",
                "exercises/ex02-thread-pool/src/main/java/ex02/TaskPool.java:3: ';' expected",
                failed("ex02.T#a", "reparte las tareas", 3, "", ""))));

        assertThat(console).contains("no compila", "TaskPool.java:3: ';' expected").doesNotContain("reparte");
    }

    @Test
    void theScoreboardEndsWithTheTotalAndTheReportLineNamesTheWebPage() {
        String console = ConsoleReport.render(course(Lang.ES, graded("ex01-threads", "Hilos",
                failed("ex01.T#a", "suma", 3, "falla", ""))));

        assertThat(console).endsWith("TOTAL 0/3\n");
        assertThat(ConsoleReport.reportLine()).contains("target/grade/index.html").contains("Report", "Informe");
    }
}
