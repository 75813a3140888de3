package grader.mutation.source;

/** Finds a keyword in a stretch of Java source, skipping comments and string and character literals. */
final class Keywords {

    private Keywords() {
    }

    /** Where {@code keyword} starts in {@code text}, as a word of code; -1 when it is not there. */
    static int find(CharSequence text, String keyword) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (startsWith(text, i, "//")) {
                i = indexOf(text, '\n', i);
            } else if (startsWith(text, i, "/*")) {
                int end = indexOf(text, "*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (text.subSequence(i, end).toString().equals(keyword)) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The index after the literal that starts at {@code start} (text blocks included). */
    private static int endOfLiteral(CharSequence text, int start) {
        char quote = text.charAt(start);
        if (quote == '"' && startsWith(text, start, "\"\"\"")) {
            int end = indexOf(text, "\"\"\"", start + 3);
            return end < 0 ? text.length() : end + 3;
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        return text.length() - at >= prefix.length() && text.subSequence(at, at + prefix.length()).toString().equals(prefix);
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return text.length();
    }

    private static int indexOf(CharSequence text, String s, int from) {
        return text.toString().indexOf(s, from);
    }
}
