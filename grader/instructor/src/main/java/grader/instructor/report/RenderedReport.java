package grader.instructor.report;

import grader.instructor.Problem;
import grader.probe.Timeline.Bar;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.TestEvidence;
import grader.scoreboard.TestGrade;
import grader.scoreboard.WorkersChart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a person sees on {@code target/grade/index.html} once a browser has rendered it, checked
 * against the grade it shows ({@code grade.json}): the total, each exercise's row, a bar for each
 * thread of each timeline, and a screenshot that is not blank. {@code .ci/check-html-report.sh}
 * has headless Chromium load the page from {@code file://}, dump the DOM it built and take the
 * screenshot, and runs this on them.
 */
public final class RenderedReport {

    private final CourseGrade grade;
    private final Document page;
    private final String name;

    private RenderedReport(CourseGrade grade, Document page, String name) {
        this.grade = grade;
        this.page = page;
        this.name = name;
    }

    /**
     * Reads a graded course's run: {@code target/grade/grade.json}, and the browser's {@code dom.html}
     * and {@code report.png} in {@code rendered}.
     */
    public static List<Problem> check(Path course, Path rendered) throws IOException {
        CourseGrade grade = GradeFiles.read(course.resolve(GradeFiles.FOLDER).resolve("grade.json"));
        Path dom = rendered.resolve("dom.html");
        if (!Files.isRegularFile(dom) || Files.size(dom) == 0) {
            return List.of(Problem.ofFile(dom.toString(), "the browser rendered nothing"));
        }
        RenderedReport report = of(grade, Files.readString(dom, StandardCharsets.UTF_8), dom.toString());
        List<Problem> problems = new ArrayList<>(report.problems());
        problems.addAll(screenshot(rendered.resolve("report.png")));
        return problems;
    }

    static RenderedReport of(CourseGrade grade, String dom, String name) {
        return new RenderedReport(grade, Jsoup.parse(dom), name);
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        String lang = grade.lang().name().toLowerCase(Locale.ROOT);
        if (!lang.equals(page.select("html").attr("lang"))) {
            problems.add(problem("the page is not marked as written in " + lang));
        }
        String total = grade.points() + "/" + grade.maxPoints();
        if (!page.select("h1").text().contains(total) || !page.select("#total").text().equals(total)) {
            problems.add(problem("the heading does not show the total " + total + ": " + page.select("h1").text()));
        }
        for (ExerciseGrade exercise : grade.exercises()) {
            problems.addAll(exercise(exercise));
        }
        return problems;
    }

    private List<Problem> exercise(ExerciseGrade exercise) {
        List<Problem> problems = new ArrayList<>();
        String points = exercise.points() + "/" + exercise.maxPoints();
        Element row = page.getElementById("row-" + exercise.id());
        if (row == null || !row.select("th").text().contains(exercise.id())
                || !row.select("td.number").text().equals(points)) {
            problems.add(problem(exercise.id() + ": no row that shows its points " + points));
        }
        Element section = page.getElementById(exercise.id());
        if (section == null || !section.select("h2").text().contains(points)) {
            problems.add(problem(exercise.id() + ": no section headed with its points " + points));
            return problems;
        }
        Elements testRows = section.select("table.tests > tbody > tr:not(.message)");
        if (testRows.size() != exercise.tests().size()) {
            problems.add(problem(String.format("%s: %d test rows for %d graded tests", exercise.id(), testRows.size(),
                    exercise.tests().size())));
        }
        Elements timelines = section.select("svg.timeline");
        List<TestGrade> timed = exercise.tests().stream().filter(test -> !TestEvidence.timeline(test).isEmpty()).toList();
        if (timelines.size() != timed.size()) {
            problems.add(problem(String.format("%s: %d timelines drawn for %d recorded", exercise.id(), timelines.size(),
                    timed.size())));
            return problems;
        }
        for (int i = 0; i < timed.size(); i++) {
            problems.addAll(timeline(exercise.id(), TestEvidence.timeline(timed.get(i)), timelines.get(i)));
        }
        return problems;
    }

    private List<Problem> timeline(String exercise, List<Bar> bars, Element svg) {
        List<Problem> problems = new ArrayList<>();
        Elements drawn = svg.select("rect.bar");
        int expected = Math.min(bars.size(), WorkersChart.MAX_BARS);
        if (drawn.size() != expected) {
            problems.add(problem(String.format("%s: a timeline of %d threads drew %d bars", exercise, expected,
                    drawn.size())));
        }
        for (Element bar : drawn) {
            if (number(bar.attr("width")) <= 0) {
                problems.add(problem(exercise + ": a timeline's bar has no width: " + bar));
            }
        }
        if (svg.select("title").text().isBlank() || svg.select("desc").text().isBlank()
                || !"img".equals(svg.attr("role"))) {
            problems.add(problem(exercise + ": a timeline has no text alternative (role, title, desc)"));
        }
        return problems;
    }

    /** The screenshot: a PNG at the width of the window, with more on it than a blank page. */
    static List<Problem> screenshot(Path png) throws IOException {
        BufferedImage image = Files.isRegularFile(png) ? ImageIO.read(png.toFile()) : null;
        if (image == null) {
            return List.of(Problem.ofFile(png.toString(), "no screenshot, or not a PNG"));
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight() && colours.size() < 16; y += 7) {
            for (int x = 0; x < image.getWidth() && colours.size() < 16; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size() < 16
                ? List.of(Problem.ofFile(png.toString(), "the screenshot is nearly blank: " + colours.size() + " colours"))
                : List.of();
    }

    private Problem problem(String message) {
        return Problem.ofFile(name, message);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
