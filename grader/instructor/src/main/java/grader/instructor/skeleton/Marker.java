package grader.instructor.skeleton;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines that mark what only the instructor sees. Each stands alone on its line, in the
 * comment syntax of its file:
 *
 * <pre>
 * // BEGIN SOLUTION          (also {@code # BEGIN SOLUTION} and {@code <!-- BEGIN SOLUTION -->})
 *   ...instructor-only lines: removed, markers included...
 * // END SOLUTION
 * /* STUB
 *   ...lines the students get instead: kept, the two marker lines removed...
 * *&#47;
 * </pre>
 */
enum Marker {
    BEGIN_SOLUTION("BEGIN SOLUTION"),
    END_SOLUTION("END SOLUTION"),
    BEGIN_STUB("/* STUB"),
    /** Closes a stub; only a marker inside one. */
    END_STUB("*/");

    /** Any text that looks like a marker, well formed or not: it must never reach students. */
    private static final Pattern MENTION = Pattern.compile("BEGIN\\s+SOLUTION|END\\s+SOLUTION|/\\*\\s*STUB\\b");

    private final String text;

    Marker(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The marker that {@code line} is, ignoring surrounding blanks; empty when it is none. */
    static Optional<Marker> of(String line) {
        String stripped = line.strip();
        for (Marker marker : new Marker[] {BEGIN_SOLUTION, END_SOLUTION}) {
            if (Set.of("// " + marker.text, "# " + marker.text, "<!-- " + marker.text + " -->").contains(stripped)) {
                return Optional.of(marker);
            }
        }
        if (stripped.equals(BEGIN_STUB.text)) {
            return Optional.of(BEGIN_STUB);
        }
        return stripped.equals(END_STUB.text) ? Optional.of(END_STUB) : Optional.empty();
    }

    /** Whether {@code line} holds marker text anywhere, e.g. a misspelt or trailing marker. */
    static boolean mentionedIn(CharSequence line) {
        return MENTION.matcher(line).find();
    }
}
