package ex07;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * How the stages talk through a pipe: numbers as text, one per line, so that any program can
 * read and write them (and you can watch them with {@code cat}).
 *
 * <p>None of these methods closes the stream it is given: closing is how a writer tells its
 * reader "no more numbers", and that decision belongs to whoever owns the stream.
 */
public final class NumberLines {

    private NumberLines() {
    }

    /** Writes {@code f(x)} for every {@code x} of {@code numbers}, one per line, then flushes. */
    public static void writeAll(Iterable<Long> numbers, LongUnaryOperator f, OutputStream out) throws IOException {
        BufferedWriter lines = writer(out);
        for (long number : numbers) {
            writeLine(lines, f.applyAsLong(number));
        }
        lines.flush();
    }

    /** Reads one number per line until the end of the stream and returns {@code f(x)} for each, in order. */
    public static List<Long> readAll(InputStream in, LongUnaryOperator f) throws IOException {
        BufferedReader lines = reader(in);
        List<Long> numbers = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            numbers.add(f.applyAsLong(parse(line)));
        }
        return numbers;
    }

    /**
     * Reads one number per line until the end of {@code in} and writes {@code f(x)} for each to
     * {@code out} as it goes: each result leaves as soon as the buffer fills, not after the last
     * number arrived. Flushes at the end.
     */
    public static void transform(InputStream in, OutputStream out, LongUnaryOperator f) throws IOException {
        BufferedReader numbers = reader(in);
        BufferedWriter results = writer(out);
        for (String line = numbers.readLine(); line != null; line = numbers.readLine()) {
            writeLine(results, f.applyAsLong(parse(line)));
        }
        results.flush();
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void writeLine(BufferedWriter out, long number) throws IOException {
        out.write(Long.toString(number));
        out.write('\n');
    }

    private static long parse(String line) {
        try {
            return Long.parseLong(line.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number on a line of its own: \"" + line + "\"", e);
        }
    }
}
