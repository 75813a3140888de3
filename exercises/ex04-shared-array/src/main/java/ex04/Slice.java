package ex04;

/**
 * The elements {@code [from, to)} of an array: one worker's part of it.
 *
 * @param from index of the slice's first element
 * @param to   index after the slice's last element; {@code from <= to}
 */
public record Slice(int from, int to) {

    /**
     * Slice {@code index} of an array of {@code length} elements split into {@code parts} slices.
     * The slices of one split are contiguous, in order, cover the whole array without overlapping,
     * and their sizes differ by at most one; some are empty when there are fewer elements than parts.
     */
    public static Slice of(int length, int parts, int index) {
        if (length < 0 || parts < 1 || index < 0 || index >= parts) {
            throw new IllegalArgumentException(
                    "need length >= 0 and 0 <= index < parts: length=" + length + ", parts=" + parts + ", index=" + index);
        }
        return new Slice(start(length, parts, index), start(length, parts, index + 1));
    }

    /** Where slice {@code index} starts; computed in long because {@code length * index} overflows an int. */
    private static int start(int length, int parts, int index) {
        return (int) ((long) length * index / parts);
    }
}
