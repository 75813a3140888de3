package grader.instructor;

/**
 * Something an instructor must fix, named by file and line so an editor can jump to it.
 *
 * @param file    the file, relative to the repository's root, with {@code /} separators
 * @param line    the line, counted from 1; 0 when the problem is the whole file
 * @param message what is wrong and what to do about it
 */
public record Problem(String file, int line, String message) {

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
