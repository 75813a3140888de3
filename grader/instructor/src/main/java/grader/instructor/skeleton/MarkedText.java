package grader.instructor.skeleton;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text with {@link Marker}s, split into what students get and what only the instructor sees.
 * Every line students get is kept byte for byte, line ending included.
 *
 * @param studentText  the text without its solution blocks and without the stub markers
 * @param solutionOnly the lines inside solution blocks, markers excluded
 */
public record MarkedText(String studentText, List<SolutionLine> solutionOnly) {

    /** A line that only the reference solution has. */
    public record SolutionLine(int number, String text) {
    }

    private enum Block { NONE, SOLUTION, STUB }

    /** Splits {@code source}; fails on the first marker that is unbalanced, nested or malformed. */
    public static MarkedText of(String source) throws MarkerException {
        StringBuilder student = new StringBuilder(source.length());
        List<SolutionLine> solutionOnly = new ArrayList<>();
        Block block = Block.NONE;
        int opened = 0;
        int number = 0;
        for (String line : linesOf(source)) {
            number++;
            Marker marker = Marker.of(line).orElse(null);
            if (marker == Marker.BEGIN_SOLUTION || marker == Marker.BEGIN_STUB) {
                if (block != Block.NONE) {
                    throw nested(number, marker, block, opened);
                }
                block = marker == Marker.BEGIN_SOLUTION ? Block.SOLUTION : Block.STUB;
                opened = number;
            } else if (marker == Marker.END_SOLUTION) {
                if (block != Block.SOLUTION) {
                    throw new MarkerException(number, block == Block.STUB
                            ? "END SOLUTION inside the STUB block opened at line " + opened + ", which */ closes"
                            : "END SOLUTION without a BEGIN SOLUTION before it");
                }
                block = Block.NONE;
            } else if (marker == Marker.END_STUB && block == Block.STUB) {
                block = Block.NONE;
            } else if (Marker.mentionedIn(line)) {
                throw new MarkerException(number, "malformed marker: a marker stands alone on its line, exactly "
                        + "`// BEGIN SOLUTION`, `// END SOLUTION` or `/* STUB` (or `#`, `<!-- -->` comments)");
            } else if (block == Block.SOLUTION) {
                solutionOnly.add(new SolutionLine(number, line.strip()));
            } else {
                student.append(line);
            }
        }
        if (block != Block.NONE) {
            throw new MarkerException(opened, (block == Block.SOLUTION ? "BEGIN SOLUTION" : "/* STUB")
                    + " is never closed (expected " + (block == Block.SOLUTION ? "// END SOLUTION" : "*/") + ")");
        }
        return new MarkedText(student.toString(), List.copyOf(solutionOnly));
    }

    /**
     * The text of a file's bytes when they are UTF-8 and mention a marker, so they need
     * {@link #of}; empty for a file to copy as it is (no marker, or not text at all).
     */
    public static Optional<String> markedTextOf(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Marker.mentionedIn(text) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
    }

    /** The lines of {@code text}, each with its own line ending. */
    public static List<String> linesOf(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Whether {@code line} holds marker text anywhere. */
    public static boolean mentionsMarker(CharSequence line) {
        return Marker.mentionedIn(line);
    }

    private static MarkerException nested(int number, Marker marker, Block block, int opened) {
        String inner = marker == Marker.BEGIN_SOLUTION ? "BEGIN SOLUTION" : "/* STUB";
        String outer = block == Block.SOLUTION ? "SOLUTION" : "STUB";
        return new MarkerException(number, inner + " inside the " + outer + " block opened at line " + opened
                + ": blocks do not nest");
    }
}
