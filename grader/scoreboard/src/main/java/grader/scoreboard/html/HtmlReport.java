package grader.scoreboard.html;

import static grader.scoreboard.html.Html.escape;
import static grader.scoreboard.html.Html.number;

import grader.i18n.Lang;
import grader.probe.Timeline.Bar;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestEvidence;
import grader.scoreboard.TestEvidence.CpuTime;
import grader.scoreboard.TestGrade;
import grader.scoreboard.TestGrade.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grade as a web page, {@code target/grade/index.html}, in the student's language: the
 * scoreboard with every test's message, and what the tests saw the workers do, drawn as SVG
 * (each thread's timeline, the speed-up beside the calibration, the CPU time of each worker).
 * Deadlocks and blocked pipes stand out in the thread dumps.
 *
 * <p>One self-contained file: its style is inside, it loads nothing and runs no script, so it
 * opens from {@code file://} anywhere. Every chart has a text alternative (its title and
 * description, and a table of its figures), every status is a word as well as a colour, and the
 * colours keep a contrast of at least 4.5:1 against the page.
 */
public final class HtmlReport {

    private static final String STYLE = style();

    private HtmlReport() {
    }

    public static String render(CourseGrade course) {
        Lang lang = course.lang();
        String total = course.points() + "/" + course.maxPoints();
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(lang.name().toLowerCase(Locale.ROOT)).append("\">\n")
                .append("<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(lang.pick("Scoreboard", "Marcador"))).append(": ").append(total)
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        page.append("<header>\n<h1>").append(escape(lang.pick("Scoreboard", "Marcador")))
                .append(": <span id=\"total\">").append(total).append("</span> ")
                .append(escape(lang.pick("points", "puntos"))).append("</h1>\n")
                .append(gauge(course.points(), course.maxPoints()))
                .append("<p>").append(escape(lang.pick(
                        "Each exercise lists its graded tests: what each one checks, its points and, when it "
                                + "failed, why and where to look. Below its tests, the charts show what your "
                                + "threads did while the tests ran.",
                        "Cada ejercicio lista sus pruebas calificadas: qué comprueba cada una, sus puntos y, si "
                                + "falló, por qué y dónde mirar. Bajo sus pruebas, las gráficas muestran qué "
                                + "hicieron tus hilos mientras se ejecutaban.")))
                .append("</p>\n</header>\n<main>\n");
        page.append(summary(course, lang));
        for (ExerciseGrade exercise : course.exercises()) {
            page.append(exercise(exercise, lang));
        }
        page.append("</main>\n<footer>\n<p>").append(escape(String.format(lang.pick(
                        "Build %s. The same grade is in grade.json and grade.md, next to this page. To grade one "
                                + "exercise: ./mvnw test -Dexercise=ex01",
                        "Compilación %s. La misma nota está en grade.json y grade.md, junto a esta página. Para "
                                + "calificar un ejercicio: ./mvnw test -Dexercise=ex01"), course.build())))
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String summary(CourseGrade course, Lang lang) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"exercises\">\n<h2 id=\"exercises\">")
                .append(escape(lang.pick("Exercises", "Ejercicios"))).append("</h2>\n<table class=\"summary\">\n")
                .append("<thead><tr><th scope=\"col\">").append(escape(lang.pick("Exercise", "Ejercicio")))
                .append("</th><th scope=\"col\" class=\"number\">").append(escape(lang.pick("Points", "Puntos")))
                .append("</th><th scope=\"col\">").append(escape(lang.pick("Result", "Resultado")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ExerciseGrade exercise : course.exercises()) {
            html.append("<tr id=\"row-").append(escape(exercise.id())).append("\"><th scope=\"row\"><a href=\"#")
                    .append(escape(exercise.id())).append("\">").append(escape(heading(exercise)))
                    .append("</a></th><td class=\"number\">").append(exercise.points()).append('/')
                    .append(exercise.maxPoints()).append("</td><td>").append(escape(exercise.summary(lang)))
                    .append(gauge(exercise.points(), exercise.maxPoints())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(escape(lang.pick("Total", "Total")))
                .append("</th><td class=\"number\">").append(course.points()).append('/').append(course.maxPoints())
                .append("</td><td></td></tr></tfoot>\n</table>\n</section>\n").toString();
    }

    private static String exercise(ExerciseGrade exercise, Lang lang) {
        String id = escape(exercise.id());
        StringBuilder html = new StringBuilder("<section class=\"exercise\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"").append(id)
                .append("-heading\">").append(escape(heading(exercise))).append(" <span class=\"points\">")
                .append(exercise.points()).append('/').append(exercise.maxPoints()).append("</span></h2>\n")
                .append("<p class=\"result\">").append(escape(exercise.summary(lang))).append("</p>\n");
        if (!exercise.message().isEmpty()) {
            html.append("<pre class=\"diagnostic\">").append(Html.diagnostic(exercise.message())).append("</pre>\n");
        }
        html.append("<table class=\"tests\">\n<thead><tr><th scope=\"col\">")
                .append(escape(lang.pick("Result", "Resultado"))).append("</th><th scope=\"col\">")
                .append(escape(lang.pick("Test", "Prueba"))).append("</th><th scope=\"col\" class=\"number\">")
                .append(escape(lang.pick("Points", "Puntos"))).append("</th><th scope=\"col\">")
                .append(escape(lang.pick("Why", "Por qué"))).append("</th></tr></thead>\n<tbody>\n");
        for (TestGrade test : exercise.tests()) {
            html.append("<tr class=\"").append(style(test.status())).append("\"><td class=\"status\">")
                    .append(status(test.status(), lang)).append("</td><td>").append(escape(test.name()))
                    .append("</td><td class=\"number\">").append(test.points()).append('/').append(test.maxPoints())
                    .append("</td><td>").append(why(test, lang)).append("</td></tr>\n")
                    .append(message(test, lang));
        }
        html.append("</tbody>\n</table>\n").append(charts(exercise, lang));
        return html.append("</section>\n").toString();
    }

    /** The first line of the test's message, and where to look. */
    private static String why(TestGrade test, Lang lang) {
        if (test.message().isBlank()) {
            return "";
        }
        String location = test.location().isEmpty() ? ""
                : " " + lang.pick("(at ", "(en ") + "<code>" + escape(test.location()) + "</code>)";
        return escape(test.reason()) + location;
    }

    /**
     * The whole message, when there is more than its first line, on a row of its own below the
     * test's, as wide as the table: a thread dump's frames fit on their lines. A thread dump is
     * open; any other message is one click away.
     */
    private static String message(TestGrade test, Lang lang) {
        String message = test.message().strip();
        if (message.isEmpty() || message.equals(test.reason())) {
            return "";
        }
        boolean dump = Html.hasThreadDump(message);
        return "<tr class=\"message\"><td></td><td colspan=\"3\"><details" + (dump ? " open" : "") + "><summary>"
                + escape(dump ? lang.pick("Where every thread was", "Dónde estaba cada hilo")
                        : lang.pick("The whole message", "El mensaje completo"))
                + "</summary><pre class=\"diagnostic\">" + Html.diagnostic(message) + "</pre></details></td></tr>\n";
    }

    private static String charts(ExerciseGrade exercise, Lang lang) {
        List<String> figures = new ArrayList<>();
        List<TestGrade> tests = exercise.tests();
        for (int i = 0; i < tests.size(); i++) {
            TestGrade test = tests.get(i);
            String id = exercise.id() + "-" + (i + 1);
            List<Bar> timeline = TestEvidence.timeline(test);
            if (!timeline.isEmpty()) {
                figures.add(TimelineChart.figure(id + "-timeline", test.name(), timeline, lang));
            }
            TestEvidence.speedup(test).ifPresent(speedup -> figures.add(speedup(id + "-speedup", test, speedup, lang)));
            List<CpuTime> cpu = TestEvidence.cpu(test);
            if (!cpu.isEmpty()) {
                figures.add(cpu(id + "-cpu", test, cpu, lang));
            }
        }
        if (figures.isEmpty()) {
            return "";
        }
        return "<h3>" + escape(lang.pick("What the workers did", "Qué hicieron los hilos")) + "</h3>\n"
                + String.join("", figures);
    }

    private static String speedup(String id, TestGrade test, TestEvidence.Speedup speedup, Lang lang) {
        String sentence = speedup.sentence(lang);
        StringBuilder figure = new StringBuilder("<figure class=\"chart\">\n<figcaption><strong>")
                .append(escape(lang.pick("Speed-up: ", "Aceleración: "))).append(escape(test.name()))
                .append("</strong><br>").append(Html.strong(sentence)).append("</figcaption>\n");
        if (speedup.measured()) {
            figure.append(BarChart.svg(id, lang.pick("Speed-up beside the calibration", "Aceleración junto a la calibración"),
                    sentence.replace("**", ""), List.of(
                            new BarChart.Value(lang.pick("your code", "tu código"), speedup.speedup(),
                                    number(speedup.speedup(), 2) + "×", "yours"),
                            new BarChart.Value(lang.pick("a job known to be parallel", "un trabajo que se sabe paralelo"),
                                    speedup.calibration(),
                                    number(speedup.calibration(), 2) + "×", "calibration")),
                    List.of(new BarChart.Line("1×", 1), new BarChart.Line(
                            lang.pick("needed ", "necesario ") + number(speedup.required(), 2) + "×",
                            speedup.required()))));
        }
        return figure.append("</figure>\n").toString();
    }

    private static String cpu(String id, TestGrade test, List<CpuTime> cpu, Lang lang) {
        double average = cpu.stream().mapToDouble(CpuTime::cpuMillis).average().orElse(0);
        double busiest = cpu.stream().mapToDouble(CpuTime::cpuMillis).max().orElse(0);
        String description = String.format(lang.pick(
                        "%d workers; the busiest used %s ms of CPU, %s times their average of %s ms.",
                        "%d hilos; el más ocupado usó %s ms de CPU, %s veces su media de %s ms."),
                cpu.size(), number(busiest, 1), number(average > 0 ? busiest / average : 0, 2), number(average, 1));
        List<BarChart.Value> values = cpu.stream().map(worker -> new BarChart.Value(worker.thread(),
                worker.cpuMillis(), number(worker.cpuMillis(), 1) + " ms", "yours")).toList();
        return "<figure class=\"chart\">\n<figcaption><strong>"
                + escape(lang.pick("CPU time of each worker: ", "Tiempo de CPU de cada hilo: ")) + escape(test.name())
                + "</strong><br>" + escape(description) + "</figcaption>\n"
                + BarChart.svg(id, lang.pick("CPU time of each worker", "Tiempo de CPU de cada hilo"), description,
                        values, List.of(new BarChart.Line(lang.pick("average", "media"), average)))
                + "</figure>\n";
    }

    private static String heading(ExerciseGrade exercise) {
        return exercise.title().equals(exercise.id()) ? exercise.id() : exercise.id() + " · " + exercise.title();
    }

    /** A bar that shows a share of the points; the figures beside it say the same in words. */
    private static String gauge(int points, int maxPoints) {
        double share = maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
        return "<span class=\"gauge\" aria-hidden=\"true\"><span style=\"width:" + number(share, 1) + "%\"></span></span>";
    }

    private static String style(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String status(Status status, Lang lang) {
        return switch (status) {
            case PASSED -> "<span aria-hidden=\"true\">✓</span> " + escape(lang.pick("passed", "superada"));
            case NOT_MEASURED -> "<span aria-hidden=\"true\">≈</span> " + escape(lang.pick("not measured", "no medida"));
            case DID_NOT_RUN -> "<span aria-hidden=\"true\">–</span> " + escape(lang.pick("did not run", "no se ejecutó"));
            case VOIDED -> "<span aria-hidden=\"true\">⊘</span> " + escape(lang.pick("does not count", "no cuenta"));
            default -> "<span aria-hidden=\"true\">✗</span> " + escape(lang.pick("failed", "fallida"));
        };
    }

    private static String style() {
        try (InputStream css = HtmlReport.class.getResourceAsStream("report.css")) {
            if (css == null) {
                throw new IllegalStateException("report.css is missing from the scoreboard's resources");
            }
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
