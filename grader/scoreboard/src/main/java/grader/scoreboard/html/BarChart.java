package grader.scoreboard.html;

import static grader.scoreboard.html.Html.at;
import static grader.scoreboard.html.Html.escape;

import java.util.List;

/**
 * A small horizontal bar chart as SVG: a labelled bar per value, and dashed lines at the values
 * to compare them with (the speed-up needed, the average). Its title and description are its
 * text alternative; each bar also prints its value.
 */
final class BarChart {

    private static final int WIDTH = 760;
    private static final int LABELS = 250;
    private static final int VALUES = 90;
    private static final int TOP = 24;
    private static final int ROW = 30;
    private static final int BAR = 18;

    /** One bar: its label, its value, the value as printed, and its CSS class (its colour). */
    record Value(String label, double value, String text, String style) {
    }

    /** A dashed line across the bars at {@code value}, named by {@code label}. */
    record Line(String label, double value) {
    }

    private BarChart() {
    }

    static String svg(String id, String title, String description, List<Value> values, List<Line> lines) {
        double max = Math.max(values.stream().mapToDouble(Value::value).max().orElse(0),
                lines.stream().mapToDouble(Line::value).max().orElse(0)) * 1.08;
        max = max <= 0 ? 1 : max;
        int plot = WIDTH - LABELS - VALUES;
        int height = TOP + values.size() * ROW + (lines.size() > 1 ? 20 : 6);
        StringBuilder svg = new StringBuilder(Html.svg("bars", id, WIDTH, height, title, description));
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            int y = TOP + i * ROW;
            double width = Math.max(2, value.value() / max * plot);
            svg.append(String.format("<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                            LABELS - 8, y + BAR - 4, escape(value.label())))
                    .append(String.format("<rect class=\"bar %s\" x=\"%d\" y=\"%d\" width=\"%s\" height=\"%d\" rx=\"3\"/>%n",
                            value.style(), LABELS, y, at(width), BAR))
                    .append(String.format("<text class=\"value\" x=\"%s\" y=\"%d\">%s</text>%n",
                            at(LABELS + width + 6), y + BAR - 4, escape(value.text())));
        }
        int bottom = TOP + values.size() * ROW;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double x = LABELS + line.value() / max * plot;
            int labelY = i % 2 == 0 ? TOP - 10 : bottom + 12; // above, then below: close values stay legible
            svg.append(String.format("<line class=\"mark\" x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\"/>%n",
                            at(x), TOP - 6, at(x), bottom))
                    .append(String.format("<text class=\"tick\" x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                            at(x), labelY, escape(line.label())));
        }
        return svg.append("</svg>\n").toString();
    }
}
