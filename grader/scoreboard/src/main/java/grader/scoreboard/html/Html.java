package grader.scoreboard.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text made safe for HTML, and the numbers the charts print. */
final class Html {

    /** The first line of a thread in a dump: {@code "worker-1" BLOCKED — waiting for …}. */
    private static final Pattern THREAD = Pattern.compile("^\"[^\"]*\" [A-Z_]+.*");
    /**
     * A frame of the student's own code, after its class loader's name when the JVM gives one:
     * {@code at app//ex07.PipedStages.run(PipedStages.java:41)}.
     */
    private static final Pattern STUDENT_FRAME = Pattern.compile("^\\s+at (\\S*/)?ex\\d\\d\\..*");
    /** The sentences of a thread dump that name the trouble (grader.junit.ThreadDump). */
    private static final Pattern TROUBLE = Pattern.compile(
            "^(DEADLOCK|INTERBLOQUEO|BLOCKED ON PIPES|BLOQUEADOS EN TUBERÍAS)\\b.*");

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text in which each {@code **figure**} becomes {@code <strong>figure</strong>}. */
    static String strong(String markdown) {
        return escape(markdown).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }

    /** Whether a failure message holds a thread dump: where every thread was when a test hung. */
    static boolean hasThreadDump(String message) {
        return message.lines().anyMatch(line -> THREAD.matcher(line).matches() || TROUBLE.matcher(line).matches());
    }

    /**
     * A whole failure message for a {@code <pre>}: the deadlock or the blocked pipes stand out,
     * each thread's first line is bold, and the frames of the student's code are marked.
     */
    static String diagnostic(String message) {
        StringBuilder out = new StringBuilder();
        message.strip().lines().forEach(line -> {
            String safe = escape(line);
            if (TROUBLE.matcher(line).matches()) {
                out.append("<strong class=\"trouble\">").append(safe).append("</strong>");
            } else if (THREAD.matcher(line).matches()) {
                out.append("<strong>").append(safe).append("</strong>");
            } else if (STUDENT_FRAME.matcher(line).matches()) {
                out.append("<mark>").append(safe).append("</mark>");
            } else {
                out.append(safe);
            }
            out.append('\n');
        });
        return out.toString();
    }

    /**
     * The opening of an SVG chart: an image to assistive technology, named by its title and
     * described by its description, which are its text alternative.
     */
    static String svg(String style, String id, int width, int height, String title, String description) {
        return String.format("<svg class=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                        + "aria-labelledby=\"%s-title %s-desc\">%n", style, width, height, width, height, id, id)
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>\n";
    }

    /** A number for a chart's text, with up to {@code decimals} decimals and no trailing zeros. */
    static String number(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** A coordinate for SVG. */
    static String at(double value) {
        return number(value, 1);
    }
}
