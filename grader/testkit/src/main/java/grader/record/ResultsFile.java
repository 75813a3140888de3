package grader.record;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 *
 * <p>Several test JVMs of one exercise may run at the same time, so every write holds a lock on
 * the file, which other processes see: an operating-system lock against the other JVMs, and
 * this class's monitor against the other threads of this one (a JVM may hold a file's lock only
 * once).
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
            synchronized (ResultsFile.class) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                     FileLock lock = channel.lock()) {
                    ByteBuffer bytes = ByteBuffer.wrap(line);
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a test result in " + file, e);
        }
    }

    /**
     * Empties the file unless it holds a record of {@code build}, so results never go stale. The
     * first test JVM of a build empties it; the others, started beside it or later, keep what it
     * recorded.
     */
    public void keepOnly(String build) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            synchronized (ResultsFile.class) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    if (contentOf(channel).lines().map(ResultsFile::parse)
                            .noneMatch(record -> record != null && build.equals(record.build()))) {
                        channel.truncate(0);
                    }
                }
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
     * Reads through the locked channel itself: closing any other handle on the file would release
     * this JVM's lock on it.
     */
    private static String contentOf(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) channel.size());
        int read;
        do {
            read = channel.read(content);
        } while (read > 0 && content.hasRemaining());
        return new String(content.array(), 0, content.position(), StandardCharsets.UTF_8);
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
