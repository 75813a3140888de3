package grader.instructor.grading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line per graded test of one Maven run, with the speed-up figures it recorded:
 * {@code run  3 fourThreadsAreFaster PASSED speedup=1.87 calibration=1.90 required=0.95 ...}.
 * What {@code .ci/repeat-test.sh} tallies, run after run (the fourth word is the outcome).
 */
public final class RunOutcomes {

    /** The speed-up figures shown, in this order, when the test recorded them. */
    private static final List<String> FIGURES = List.of("speedup", "calibration", "required", "coresBusy", "noisy",
            "attempts");

    private RunOutcomes() {
    }

    /** The lines of the results in {@code folder}; a line saying so when the run recorded nothing. */
    public static List<String> of(Path folder, String run) {
        ResultsFile results = new ResultsFile(folder);
        String prefix = String.format(Locale.ROOT, "run %2s ", run);
        if (!Files.exists(results.path())) {
            return List.of(prefix + "- NO-RESULT (the Maven run recorded nothing)");
        }
        List<String> lines = new ArrayList<>();
        for (TestRecord record : results.read(null)) {
            if (record.outcome() != Outcome.STARTED) {
                lines.add(prefix + record.testMethod() + " " + record.outcome() + figures(record.evidence()));
            }
        }
        return lines;
    }

    private static String figures(JsonObject evidence) {
        JsonObject speedup = evidence == null ? null : evidence.getAsJsonObject("speedup");
        StringBuilder text = new StringBuilder();
        for (String figure : FIGURES) {
            JsonElement value = speedup == null ? null : speedup.get(figure);
            if (value != null && value.isJsonPrimitive()) {
                String shown = value.getAsJsonPrimitive().isNumber() && value.getAsString().contains(".")
                        ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : value.getAsString();
                text.append(' ').append(figure).append('=').append(shown);
            }
        }
        return text.toString();
    }
}
