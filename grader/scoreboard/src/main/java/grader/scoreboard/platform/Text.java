package grader.scoreboard.platform;

/** Text cut to fit the limits of the platforms' fields. */
final class Text {

    private Text() {
    }

    /** {@code text}, or its start and an ellipsis within {@code maxChars}, never splitting a character. */
    static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
