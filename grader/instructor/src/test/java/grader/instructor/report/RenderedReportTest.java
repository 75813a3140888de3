package grader.instructor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import grader.i18n.Lang;
import grader.instructor.Problem;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import grader.scoreboard.html.HtmlReport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedReportTest {

    private static final CourseGrade GRADE = CourseGrade.of(Lang.EN, "b", List.of(
            new ExerciseGrade("ex01-threads", "Threads", ExerciseGrade.Status.GRADED, 3, 5, "", List.of(
                    new TestGrade("ex01.T#a", "all parts run together", TestGrade.Status.PASSED, 3, 3, "", "", 5,
                            JsonParser.parseString("""
                                    {"timeline": [{"thread": "w0", "startMillis": 0, "endMillis": 4, "items": 2},
                                                  {"thread": "w1", "startMillis": 1, "endMillis": 5, "items": 2}]}""")
                                    .getAsJsonObject(), null),
                    new TestGrade("ex01.T#b", "rejects zero threads", TestGrade.Status.FAILED, 0, 2, "expected an error",
                            "", 1, null, null))),
            new ExerciseGrade("ex02-thread-pool", "Pool", ExerciseGrade.Status.DOES_NOT_COMPILE, 0, 4,
                    "does not compile: A.java:1: ';' expected", List.of(
                    new TestGrade("ex02.T#c", "uses a pool", TestGrade.Status.DID_NOT_RUN, 0, 4, "", "", 0, null, null)))));

    @Test
    void theReportAsRenderedShowsTheTotalEveryRowAndEveryBar() {
        assertThat(RenderedReport.of(GRADE, HtmlReport.render(GRADE), "dom.html").problems()).isEmpty();
    }

    @Test
    void aWrongTotalAMissingRowAndAMissingBarAreEachNamed() {
        String dom = HtmlReport.render(GRADE)
                .replace("<span id=\"total\">3/9</span>", "<span id=\"total\">9/9</span>")
                .replace("id=\"row-ex02-thread-pool\"", "id=\"row-other\"")
                .replaceFirst("<rect class=\"bar w1\"[^>]*>", "<g>");

        assertThat(RenderedReport.of(GRADE, dom, "dom.html").problems()).extracting(Problem::message)
                .containsExactly("the heading does not show the total 3/9: Scoreboard: 9/9 points",
                        "ex01-threads: a timeline of 2 threads drew 1 bars",
                        "ex02-thread-pool: no row that shows its points 0/4");
    }

    @Test
    void aPageInAnotherLanguageIsNamed() {
        String dom = HtmlReport.render(GRADE).replace("<html lang=\"en\">", "<html lang=\"es\">");

        assertThat(RenderedReport.of(GRADE, dom, "dom.html").problems()).extracting(Problem::message)
                .containsExactly("the page is not marked as written in en");
    }

    @Test
    void aBlankScreenshotIsNamedAndAPictureIsNot(@TempDir Path folder) throws Exception {
        BufferedImage blank = new BufferedImage(1280, 400, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(blank, "png", folder.resolve("blank.png").toFile());
        BufferedImage drawn = new BufferedImage(1280, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1280; x++) {
            for (int y = 0; y < 400; y++) {
                drawn.setRGB(x, y, (x * 7 + y * 13) % 0xFFFFFF);
            }
        }
        ImageIO.write(drawn, "png", folder.resolve("drawn.png").toFile());

        assertThat(RenderedReport.screenshot(folder.resolve("blank.png"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("the screenshot is nearly blank"));
        assertThat(RenderedReport.screenshot(folder.resolve("drawn.png"))).isEmpty();
        assertThat(RenderedReport.screenshot(folder.resolve("missing.png"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("no screenshot, or not a PNG"));
    }
}
