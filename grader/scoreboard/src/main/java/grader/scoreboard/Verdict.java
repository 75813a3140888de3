package grader.scoreboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build makes of a grade: the scoreboard decides it and leaves it in
 * {@code target/grade/verdict.txt} (the kind on the first line, then the message), and
 * {@link BuildVerdict} ends the build with it.
 *
 * @param kind    how the build ends
 * @param message why, in both languages; empty when it passed
 */
public record Verdict(Kind kind, String message) {

    /** Where the scoreboard leaves the verdict, under the course's root. */
    public static final String LOCATION = GradeFiles.FOLDER + "/verdict.txt";

    /** How the build ends. */
    public enum Kind {
        /** Every point earned, or the instructor check passed: the build succeeds. */
        PASSED,
        /** Points are missing, and the scoreboard has said why for every one of them: the build fails. */
        FAILED,
        /**
         * Something was not graded for a reason only Maven can tell (an exercise whose tests Maven did not
         * run, say because a dependency did not resolve): the build fails, and Maven must show its errors.
         */
        NOT_GRADED
    }

    public static Verdict passed() {
        return new Verdict(Kind.PASSED, "");
    }

    public void write(Path root) throws IOException {
        GradeFiles.writeAtomically(root.resolve(LOCATION), kind + "\n" + message + "\n");
    }

    /** The verdict the scoreboard left, or {@link Kind#NOT_GRADED} when it left none. */
    public static Verdict read(Path root) throws IOException {
        Path file = root.resolve(LOCATION);
        if (!Files.exists(file)) {
            return new Verdict(Kind.NOT_GRADED, "The scoreboard left no verdict in " + LOCATION
                    + ". / El marcador no dejó veredicto en " + LOCATION + ".");
        }
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", 2);
        return new Verdict(Kind.valueOf(lines[0].strip()), lines.length > 1 ? lines[1].strip() : "");
    }

    public static void delete(Path root) throws IOException {
        Files.deleteIfExists(root.resolve(LOCATION));
    }
}
