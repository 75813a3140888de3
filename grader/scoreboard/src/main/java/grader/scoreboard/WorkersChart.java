package grader.scoreboard;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
    static final int MAX_BARS = 24;

    private WorkersChart() {
    }

    /** The charts and speed-ups of the exercise's tests, or an empty string when none recorded any. */
    public static String render(ExerciseGrade exercise, Lang lang) {
        StringBuilder md = new StringBuilder();
        for (TestGrade test : exercise.tests()) {
            JsonObject evidence = test.evidence();
            if (evidence == null) {
                continue;
            }
            if (evidence.get("timeline") instanceof JsonArray timeline && !timeline.isEmpty()) {
                md.append(gantt(test.name(), bars(timeline), lang));
            }
            if (evidence.get("speedup") instanceof JsonObject speedup) {
                md.append(speedup(speedup, lang)).append("\n\n");
            }
        }
        return md.toString();
    }

    static List<Bar> bars(JsonArray timeline) {
        return List.of(GradeFiles.gson().fromJson(timeline, Bar[].class));
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

    static String speedup(JsonObject figures, Lang lang) {
        Locale locale = lang == Lang.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        int cores = figures.has("cores") ? figures.get("cores").getAsInt() : 0;
        String verdict = figures.has("verdict") ? figures.get("verdict").getAsString() : "";
        if (!figures.has("speedup")) {
            return String.format(locale, lang.pick("⏱️ Speed-up not measured: %d core available.",
                    "⏱️ Aceleración no medida: %d núcleo disponible."), cores);
        }
        double speedup = figures.get("speedup").getAsDouble();
        double required = figures.get("required").getAsDouble();
        double calibration = figures.get("calibration").getAsDouble();
        if ("INCONCLUSIVE".equals(verdict)) {
            return String.format(locale, lang.pick(
                    "⏱️ Speed-up not measured: **%.2f×** on %d cores, but this machine reached only "
                            + "%.2f× with a job known to be parallel, so it showed no parallel speed then.",
                    "⏱️ Aceleración no medida: **%.2f×** con %d núcleos, pero esta máquina solo alcanzó "
                            + "%.2f× con un trabajo que se sabe paralelo, así que entonces no mostró velocidad "
                            + "en paralelo."),
                    speedup, cores, calibration);
        }
        return String.format(locale, lang.pick(
                "%s Measured speed-up: **%.2f×** on %d cores (at least %.2f× needed: a job known to be parallel "
                        + "reached %.2f× on this machine at the same moment).",
                "%s Aceleración medida: **%.2f×** con %d núcleos (se necesitaba al menos %.2f×: un trabajo que se "
                        + "sabe paralelo alcanzó %.2f× en esta máquina en el mismo momento)."),
                "FASTER".equals(verdict) ? "⚡" : "🐢", speedup, cores, required, calibration);
    }

    /** Text safe inside a Mermaid gantt line, where {@code :}, {@code #} and {@code ;} have a meaning. */
    static String label(String text) {
        return text.replaceAll("[:#;\\r\\n%]", " ").replaceAll("\\s+", " ").strip();
    }
}
