package grader.record;

import com.google.gson.JsonObject;
import grader.Role;
import java.nio.file.Path;

/** A child test JVM for {@link ResultsFileTest}: appends many large records to one results file. */
public final class AppendingChild {

    /** Larger than one write of Files.write (8 KiB), so an unlocked append would come in pieces. */
    static final int EVIDENCE_CHARS = 20_000;

    private AppendingChild() {
    }

    /** Arguments: the results folder, this child's name, how many records. */
    public static void main(String[] args) {
        ResultsFile results = new ResultsFile(Path.of(args[0]));
        JsonObject evidence = new JsonObject();
        evidence.addProperty("padding", args[1].repeat(EVIDENCE_CHARS / args[1].length()));
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            results.append(new TestRecord("b", "ex.T", args[1] + "-" + i, "en", "es", 1, Role.CHECK, Outcome.PASSED,
                    "", "", 1, evidence, null));
        }
    }
}
