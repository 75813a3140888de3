package grader.scoreboard.html;

import static grader.scoreboard.html.Html.at;
import static grader.scoreboard.html.Html.escape;
import static grader.scoreboard.html.Html.number;

import grader.i18n.Lang;
import grader.probe.Timeline.Bar;
import grader.scoreboard.WorkersChart;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded timeline as an SVG chart: one row per worker thread, a bar from when it started its
 * work to when it finished. Overlapping bars are threads that worked at the same time; a staircase
 * is work done one part after another. The chart's text alternative says how many threads worked
 * at once at most, and a table beneath it holds every bar's figures.
 */
final class TimelineChart {

    private static final int WIDTH = 760;
    private static final int LABELS = 190;
    private static final int RIGHT = 24;
    private static final int TOP = 30;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int PALETTE = 6;

    private TimelineChart() {
    }

    /** A {@code <figure>} with the chart of {@code bars}, recorded by the test named {@code testName}. */
    static String figure(String id, String testName, List<Bar> bars, Lang lang) {
        List<Bar> drawn = bars.subList(0, Math.min(bars.size(), WorkersChart.MAX_BARS));
        double origin = drawn.stream().mapToDouble(Bar::startMillis).min().orElse(0);
        double span = Math.max(drawn.stream().mapToDouble(Bar::endMillis).max().orElse(0) - origin, 1e-3);
        Scale scale = Scale.fitting(span);
        int plot = WIDTH - LABELS - RIGHT;
        int height = TOP + drawn.size() * ROW + 8;
        String title = String.format(lang.pick("When each thread worked: %s", "Cuándo trabajó cada hilo: %s"), testName);
        String summary = summary(bars, lang);

        StringBuilder svg = new StringBuilder(Html.svg("timeline", id, WIDTH, height, title, summary));
        for (int k = 0; k * scale.step <= span * 1.0001; k++) {
            double tick = k * scale.step;
            double x = LABELS + tick / span * plot;
            svg.append(String.format("<line class=\"grid\" x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\"/>%n",
                            at(x), TOP - 6, at(x), height - 4))
                    .append(String.format("<text class=\"tick\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                            at(x), TOP - 12, scale.label(tick)));
        }
        for (int i = 0; i < drawn.size(); i++) {
            Bar bar = drawn.get(i);
            double x = LABELS + (bar.startMillis() - origin) / span * plot;
            double width = Math.max(2, (bar.endMillis() - bar.startMillis()) / span * plot);
            int y = TOP + i * ROW;
            svg.append(String.format("<text class=\"thread\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                            LABELS - 8, y + BAR - 3, escape(shortened(bar.thread()))))
                    .append(String.format("<rect class=\"bar w%d\" x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" rx=\"3\">"
                                    + "<title>%s</title></rect>%n",
                            i % PALETTE, at(x), y + (ROW - BAR) / 2 - 2, at(width), BAR, escape(describe(bar, origin, lang))));
        }
        svg.append("</svg>\n");

        StringBuilder figure = new StringBuilder("<figure class=\"chart\">\n")
                .append("<figcaption><strong>").append(escape(title)).append("</strong><br>")
                .append(escape(summary)).append(' ')
                .append(escape(lang.pick("Overlapping bars are threads that worked at the same time; bars one after "
                                + "another are work done in turn.",
                        "Las barras que se solapan son hilos que trabajaron a la vez; las que van una tras otra, "
                                + "trabajo hecho por turnos.")))
                .append("</figcaption>\n")
                .append(svg);
        if (bars.size() > drawn.size()) {
            figure.append("<p>").append(escape(String.format(lang.pick("…and %d more threads.", "…y %d hilos más."),
                    bars.size() - drawn.size()))).append("</p>\n");
        }
        return figure.append(table(bars, origin, lang)).append("</figure>\n").toString();
    }

    /** How many threads worked, and how many of them at the same moment at most. */
    static String summary(List<Bar> bars, Lang lang) {
        return String.format(lang.pick("%d threads; at most %d of them worked at the same time.",
                "%d hilos; como mucho %d de ellos trabajaron a la vez."), bars.size(), mostAtOnce(bars));
    }

    /** The largest number of bars that overlap at one moment. */
    static int mostAtOnce(List<Bar> bars) {
        List<double[]> events = new ArrayList<>();
        for (Bar bar : bars) {
            events.add(new double[] {bar.startMillis(), 1});
            events.add(new double[] {bar.endMillis(), -1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (double[] event : events) {
            now += (int) event[1];
            most = Math.max(most, now);
        }
        return most;
    }

    private static String describe(Bar bar, double origin, Lang lang) {
        String items = bar.items() > 0
                ? String.format(lang.pick(", %d items", ", %d elementos"), bar.items()) : "";
        return String.format("%s: %s–%s ms%s", bar.thread(), number(bar.startMillis() - origin, 3),
                number(bar.endMillis() - origin, 3), items);
    }

    private static String table(List<Bar> bars, double origin, Lang lang) {
        StringBuilder table = new StringBuilder("<details><summary>")
                .append(escape(lang.pick("The figures", "Las cifras"))).append("</summary>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">").append(escape(lang.pick("Thread", "Hilo"))).append("</th>")
                .append("<th scope=\"col\" class=\"number\">").append(escape(lang.pick("Started (ms)", "Empezó (ms)")))
                .append("</th><th scope=\"col\" class=\"number\">")
                .append(escape(lang.pick("Finished (ms)", "Terminó (ms)")))
                .append("</th><th scope=\"col\" class=\"number\">").append(escape(lang.pick("Items", "Elementos")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Bar bar : bars) {
            table.append("<tr><td>").append(escape(bar.thread())).append("</td><td class=\"number\">")
                    .append(number(bar.startMillis() - origin, 3)).append("</td><td class=\"number\">")
                    .append(number(bar.endMillis() - origin, 3)).append("</td><td class=\"number\">")
                    .append(bar.items()).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n</details>\n").toString();
    }

    private static String shortened(String thread) {
        return thread.length() <= 24 ? thread : thread.substring(0, 23) + "…";
    }

    /** Round steps for the time axis: 1, 2 or 5 times a power of ten, at most eight of them. */
    private record Scale(double step) {

        static Scale fitting(double spanMillis) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(spanMillis)));
            for (double factor : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10}) {
                if (spanMillis / (factor * magnitude) <= 8) {
                    return new Scale(factor * magnitude);
                }
            }
            return new Scale(10 * magnitude);
        }

        String label(double millis) {
            return millis == 0 ? "0" : step >= 1000 ? number(millis / 1000, 2) + " s" : number(millis, 3) + " ms";
        }
    }
}
