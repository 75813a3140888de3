package ex01;

/**
 * The half-open range of numbers {@code [from, to)}.
 *
 * @param from first number of the range
 * @param to   first number after the range; {@code from <= to}
 */
public record Range(long from, long to) {

    public Range {
        if (from > to) {
            throw new IllegalArgumentException("from must not be greater than to: from=" + from + ", to=" + to);
        }
    }

    /** How many numbers the range holds. */
    public long size() {
        return to - from;
    }

    /**
     * Splits the range into {@code parts} contiguous ranges that cover it exactly, in order,
     * whose sizes differ by at most one. Some parts are empty when there are fewer numbers
     * than parts.
     */
    public Range[] split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1: " + parts);
        }
        Range[] split = new Range[parts];
        long base = size() / parts;
        long extra = size() % parts; // the first `extra` parts get one more number
        long start = from;
        for (int i = 0; i < parts; i++) {
            long end = start + base + (i < extra ? 1 : 0);
            split[i] = new Range(start, end);
            start = end;
        }
        return split;
    }
}
