package grader.record;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file in which an exercise's test JVMs append one JSON line per graded test.
 *
 * <p>A line is written when a graded test starts ({@link Outcome#STARTED}) and one when it ends,
 * each synced to disk at once, so a test JVM that dies keeps every result it already had and
 * leaves behind which test it died in. A half-written last line is skipped when reading.
 */
public final class ResultsFile {

    public static final String NAME = "results.jsonl";

    private static final Gson GSON = new Gson();

    private final Path file;

    public ResultsFile(Path directory) {
        this.file = directory.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Appends one record as one line. */
    public void append(TestRecord record) {
        byte[] line = (GSON.toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a test result in " + file, e);
        }
    }

    /** Deletes the records of any other build than {@code build}, so results never go stale. */
    public void keepOnly(String build) {
        List<TestRecord> fresh = read(build);
        try {
            if (Files.exists(file) && fresh.isEmpty()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset " + file, e);
        }
    }

    /** The records written by {@code build}; every record when {@code build} is null. */
    public List<TestRecord> read(String build) {
        List<TestRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                TestRecord record = parse(line);
                if (record != null && (build == null || build.equals(record.build()))) {
                    records.add(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return records;
    }

    /**
     * The last record of each test of {@code build}, in the order the tests started: its result,
     * or {@link Outcome#STARTED} for a test whose JVM died while it ran.
     */
    public Collection<TestRecord> latest(String build) {
        Map<String, TestRecord> latest = new LinkedHashMap<>();
        for (TestRecord record : read(build)) {
            latest.put(record.testId(), record); // a test's result comes after its start
        }
        return latest.values();
    }

    private static TestRecord parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return GSON.fromJson(line, TestRecord.class);
        } catch (JsonParseException e) {
            return null; // the last line of a JVM that died while writing it
        }
    }
}
