package grader.scoreboard;

import grader.i18n.Lang;
import grader.probe.Timeline.Bar;
import java.util.List;
import java.util.Locale;

/**
 * What an exercise's tests saw its workers do, as Markdown: a Mermaid {@code gantt} chart per
 * recorded timeline (evidence {@code "timeline"} of {@code grader.probe.Timeline}), where
 * overlapping bars show parallel work and a staircase shows parts that ran one after another;
 * and the measured speed-up beside the number of cores (evidence {@code "speedup"} of
 * {@code grader.timing.Speedup}). GitHub draws the charts in job summaries and Markdown files.
 */
public final class WorkersChart {

    /** More bars than this make the chart unreadable; the rest are counted in a note. */
    public static final int MAX_BARS = 24;

    private WorkersChart() {
    }

    /** The charts and speed-ups of the exercise's tests, or an empty string when none recorded any. */
    public static String render(ExerciseGrade exercise, Lang lang) {
        StringBuilder md = new StringBuilder();
        for (TestGrade test : exercise.tests()) {
            List<Bar> timeline = TestEvidence.timeline(test);
            if (!timeline.isEmpty()) {
                md.append(gantt(test.name(), timeline, lang));
            }
            TestEvidence.speedup(test).ifPresent(speedup -> md.append(icon(speedup)).append(' ')
                    .append(speedup.sentence(lang)).append("\n\n"));
        }
        return md.toString();
    }

    static String gantt(String testName, List<Bar> bars, Lang lang) {
        double origin = bars.stream().mapToDouble(Bar::startMillis).min().orElse(0);
        double span = bars.stream().mapToDouble(Bar::endMillis).max().orElse(0) - origin;
        Axis axis = Axis.fitting(span);
        StringBuilder chart = new StringBuilder("```mermaid\ngantt\n")
                .append("    title ").append(label(testName)).append(" (")
                .append(lang.pick("time in ", "tiempo en ")).append(axis.unit).append(")\n")
                .append("    dateFormat x\n")
                .append("    axisFormat ").append(axis.format).append('\n')
                .append("    todayMarker off\n")
                .append("    section ").append(lang.pick("workers", "hilos")).append('\n');
        for (int i = 0; i < Math.min(bars.size(), MAX_BARS); i++) {
            Bar bar = bars.get(i);
            long start = Math.round((bar.startMillis() - origin) * axis.unitsPerMilli);
            long end = Math.max(start + 1, Math.round((bar.endMillis() - origin) * axis.unitsPerMilli));
            chart.append("    ").append(label(bar.thread()));
            if (bar.items() > 0) {
                chart.append(String.format(Locale.ROOT, lang.pick(" · %d items", " · %d elementos"), bar.items()));
            }
            chart.append(String.format(Locale.ROOT, " :w%d, %d, %d%n", i, start, end));
        }
        chart.append("```\n\n");
        if (bars.size() > MAX_BARS) {
            int more = bars.size() - MAX_BARS;
            chart.append(String.format(lang.pick("…and %d more threads.", "…y %d hilos más."), more)).append("\n\n");
        }
        return chart.toString();
    }

    /**
     * Mermaid's gantt counts whole milliseconds since 1970, and its axis prints them as clock times.
     * A short run is drawn in microseconds, so that its axis reads {@code seconds.millis} as
     * {@code millis.micros}; a long one in milliseconds; a very long one in minutes and seconds.
     */
    private enum Axis {
        MICROS(1000, "%S.%L", "ms"),
        MILLIS(1, "%S.%L", "s"),
        MINUTES(1, "%M:%S", "min:s");

        final double unitsPerMilli;
        final String format;
        final String unit;

        Axis(double unitsPerMilli, String format, String unit) {
            this.unitsPerMilli = unitsPerMilli;
            this.format = format;
            this.unit = unit;
        }

        static Axis fitting(double spanMillis) {
            if (spanMillis < 60) {
                return MICROS;
            }
            return spanMillis < 60_000 ? MILLIS : MINUTES;
        }
    }

    private static String icon(TestEvidence.Speedup speedup) {
        if (speedup.inconclusive() || !speedup.measured()) {
            return "⏱️";
        }
        return "FASTER".equals(speedup.verdict()) ? "⚡" : "🐢";
    }

    /** Text safe inside a Mermaid gantt line, where {@code :}, {@code #} and {@code ;} have a meaning. */
    static String label(String text) {
        return text.replaceAll("[:#;\\r\\n%]", " ").replaceAll("\\s+", " ").strip();
    }
}
