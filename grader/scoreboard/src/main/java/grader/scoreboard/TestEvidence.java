package grader.scoreboard;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import grader.i18n.Lang;
import grader.probe.Timeline.Bar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a graded test observed, read from its evidence: the model that the Markdown and the HTML
 * reports draw, each in its own way.
 *
 * <ul>
 *   <li>{@code "timeline"}: when each worker thread worked ({@code grader.probe.Timeline});</li>
 *   <li>{@code "speedup"}: the measured speed-up beside the calibration ({@code grader.timing.Speedup});</li>
 *   <li>{@code "cpu"}: the CPU time of each worker ({@code grader.probe.WorkerCpuTime}).</li>
 * </ul>
 */
public final class TestEvidence {

    private TestEvidence() {
    }

    /** The bars of the test's recorded timeline, in the order they were recorded; empty when none. */
    public static List<Bar> timeline(TestGrade test) {
        return array(test, "timeline").map(TestEvidence::bars).orElse(List.of());
    }

    static List<Bar> bars(JsonArray timeline) {
        return List.of(GradeFiles.gson().fromJson(timeline, Bar[].class));
    }

    /** The test's speed-up figures, when it measured one. */
    public static Optional<Speedup> speedup(TestGrade test) {
        JsonObject evidence = test.evidence();
        if (evidence == null || !(evidence.get("speedup") instanceof JsonObject figures)) {
            return Optional.empty();
        }
        return Optional.of(Speedup.of(figures));
    }

    /** The CPU time of each worker, when the test measured it. */
    public static List<CpuTime> cpu(TestGrade test) {
        return array(test, "cpu").map(cpu -> List.of(GradeFiles.gson().fromJson(cpu, CpuTime[].class)))
                .orElse(List.of());
    }

    private static Optional<JsonArray> array(TestGrade test, String key) {
        JsonObject evidence = test.evidence();
        if (evidence != null && evidence.get(key) instanceof JsonArray array && !array.isEmpty()) {
            return Optional.of(array);
        }
        return Optional.empty();
    }

    /**
     * A speed-up measurement: the parallel run against the sequential one, and a job known to be
     * parallel (the calibration) run at the same moment on the same machine.
     *
     * @param verdict     {@code FASTER}, {@code NOT_FASTER} or {@code INCONCLUSIVE} (not measured)
     * @param cores       the cores the machine offered
     * @param measured    whether there are figures (a machine with one core measures nothing)
     * @param speedup     sequential time over parallel time
     * @param required    the speed-up needed to pass
     * @param calibration the speed-up the known parallel job reached
     */
    public record Speedup(String verdict, int cores, boolean measured, double speedup, double required,
                          double calibration) {

        static Speedup of(JsonObject figures) {
            boolean measured = figures.has("speedup") && !figures.get("speedup").isJsonNull();
            return new Speedup(text(figures.get("verdict")), figures.has("cores") ? figures.get("cores").getAsInt() : 0,
                    measured, measured ? figures.get("speedup").getAsDouble() : 0,
                    number(figures.get("required")), number(figures.get("calibration")));
        }

        /**
         * The speed-up in one sentence, its figures in {@code **bold**} (Markdown; the HTML report turns
         * them into {@code <strong>}).
         */
        public String sentence(Lang lang) {
            Locale locale = lang == Lang.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
            if (!measured()) {
                return String.format(locale, lang.pick("Speed-up not measured: %d core available.",
                        "Aceleración no medida: %d núcleo disponible."), cores());
            }
            if (inconclusive()) {
                return String.format(locale, lang.pick(
                        "Speed-up not measured: **%.2f×** on %d cores, but this machine reached only "
                                + "%.2f× with a job known to be parallel, so it showed no parallel speed then.",
                        "Aceleración no medida: **%.2f×** con %d núcleos, pero esta máquina solo alcanzó "
                                + "%.2f× con un trabajo que se sabe paralelo, así que entonces no mostró velocidad "
                                + "en paralelo."),
                        speedup(), cores(), calibration());
            }
            return String.format(locale, lang.pick(
                    "Measured speed-up: **%.2f×** on %d cores (at least %.2f× needed: a job known to be parallel "
                            + "reached %.2f× on this machine at the same moment).",
                    "Aceleración medida: **%.2f×** con %d núcleos (se necesitaba al menos %.2f×: un trabajo que se "
                            + "sabe paralelo alcanzó %.2f× en esta máquina en el mismo momento)."),
                    speedup(), cores(), required(), calibration());
        }

        public boolean inconclusive() {
            return "INCONCLUSIVE".equals(verdict);
        }

        private static String text(JsonElement element) {
            return element == null || element.isJsonNull() ? "" : element.getAsString();
        }

        private static double number(JsonElement element) {
            return element == null || element.isJsonNull() ? 0 : element.getAsDouble();
        }
    }

    /** One worker's CPU time. */
    public record CpuTime(String thread, double cpuMillis) {
    }
}
