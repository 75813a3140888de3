package grader.scoreboard.html;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static grader.scoreboard.Grades.withEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** target/grade/index.html; .ci/check-html-report.sh opens it in a real browser. */
class HtmlReportTest {

    private static final String TIMELINE = """
            {"timeline": [
              {"thread": "worker-0", "startMillis": 10.0, "endMillis": 30.0, "items": 1000},
              {"thread": "worker-1", "startMillis": 12.0, "endMillis": 31.5, "items": 1000},
              {"thread": "worker-2", "startMillis": 31.0, "endMillis": 40.0, "items": 500}]}""";
    private static final String SPEEDUP = """
            {"speedup": {"verdict": "FASTER", "cores": 4, "speedup": 3.2, "required": 1.9, "calibration": 3.8}}""";
    private static final String DEADLOCK = String.join("\n",
            "did not finish within 30 s: the threads below never ended",
            "DEADLOCK: \"t-1\" at Bank.java:12 waits for lock A held by \"t-2\"; \"t-2\" waits for lock B held by \"t-1\"",
            "\"t-1\" BLOCKED — waiting for lock A held by \"t-2\"",
            "    at app//ex08.Bank.transfer(Bank.java:12)",
            "    at java.base/java.lang.Thread.run(Thread.java:840)");

    private static final CourseGrade GRADE = course(Lang.EN,
            graded("ex01-threads", "Threads: start and join",
                    withEvidence(passed("ex01.T#a", "all parts run together", 3), TIMELINE),
                    withEvidence(passed("ex01.T#b", "four threads are faster", 2), SPEEDUP),
                    failed("ex01.T#c", "rejects <zero> threads", 1, "expected \"<0>\" & a message", "Sum.java:9")),
            graded("ex08-bank", "Bank", failed("ex08.T#d", "never deadlocks", 4, DEADLOCK, "Bank.java:12")),
            doesNotCompile("ex09-demo", "exercises/ex09-demo/src/main/java/ex09/A.java:3: ';' expected",
                    failed("ex09.T#e", "works", 2, "", "")));

    private final String page = HtmlReport.render(GRADE);

    @Test
    void thePageIsInTheStudentsLanguageWithTheTotalInItsHeading() {
        String spanish = HtmlReport.render(course(Lang.ES, graded("ex01-threads", "Hilos", passed("a", "suma", 2))));

        assertThat(spanish).startsWith("<!DOCTYPE html>\n<html lang=\"es\">").contains("<title>Marcador: 2/2</title>")
                .contains("<h1>Marcador: <span id=\"total\">2/2</span> puntos</h1>");
        assertThat(page).contains("<html lang=\"en\">").contains("<span id=\"total\">5/12</span>");
    }

    @Test
    void eachExerciseHasARowWithItsPointsThatLinksToItsSection() {
        assertThat(page)
                .contains("<tr id=\"row-ex01-threads\"><th scope=\"row\"><a href=\"#ex01-threads\">"
                        + "ex01-threads · Threads: start and join</a></th><td class=\"number\">5/6</td>")
                .contains("<section class=\"exercise\" id=\"ex01-threads\" aria-labelledby=\"ex01-threads-heading\">")
                .contains("<td class=\"number\">0/4</td><td>0 of 1 tests passed");
    }

    @Test
    void eachTestSaysItsStatusInWordsAndWhyWithWhereToLook() {
        assertThat(page).contains("<tr class=\"failed\"><td class=\"status\"><span aria-hidden=\"true\">✗</span> failed")
                .contains("rejects &lt;zero&gt; threads")
                .contains("expected &quot;&lt;0&gt;&quot; &amp; a message (at <code>Sum.java:9</code>)");
    }

    @Test
    void aTimelineIsAnSvgBarPerThreadWithATextAlternative() {
        assertThat(count(page, "<rect class=\"bar w"))
                .as("one bar per thread of the timeline, and none for the other charts").isEqualTo(3);
        assertThat(page).contains("role=\"img\" aria-labelledby=\"ex01-threads-1-timeline-title ex01-threads-1-timeline-desc\"")
                .contains("<desc id=\"ex01-threads-1-timeline-desc\">3 threads; at most 2 of them worked at the same time.</desc>")
                .contains("<td>worker-2</td><td class=\"number\">21</td><td class=\"number\">30</td>");
    }

    @Test
    void theSpeedupIsDrawnBesideTheCalibrationAndTheSpeedupNeeded() {
        assertThat(page).contains("Measured speed-up: <strong>3.20×</strong> on 4 cores")
                .contains(">your code</text>").contains(">a job known to be parallel</text>")
                .contains(">3.2×</text>").contains(">3.8×</text>").contains(">needed 1.9×</text>");
    }

    @Test
    void aDeadlockStandsOutInTheThreadDumpWhichIsOpen() {
        assertThat(page).contains("<tr class=\"message\"><td></td><td colspan=\"3\"><details open>"
                        + "<summary>Where every thread was</summary>")
                .contains("<strong class=\"trouble\">DEADLOCK: &quot;t-1&quot; at Bank.java:12")
                .contains("<strong>&quot;t-1&quot; BLOCKED — waiting for lock A")
                .contains("<mark>    at app//ex08.Bank.transfer(Bank.java:12)</mark>")
                .contains("\n    at java.base/java.lang.Thread.run(Thread.java:840)\n");
    }

    @Test
    void anExerciseThatDoesNotCompileShowsTheCompilerError() {
        assertThat(page).contains("<pre class=\"diagnostic\">does not compile: "
                + "exercises/ex09-demo/src/main/java/ex09/A.java:3: &#39;;&#39; expected\n</pre>");
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(page).doesNotContain("<script", "<link", "src=", "url(", "@import", "http://", "https://")
                .contains("<style>", ":root {", "</style>");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
