package grader.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import grader.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path folder;

    private static TestRecord record(String build, String method) {
        return new TestRecord(build, "ex.T", method, "en", "es", 2, Role.CHECK, Outcome.PASSED, "", "", 5,
                new JsonObject(), null);
    }

    @Test
    void recordsAreReadBackForTheirBuildOnly() {
        ResultsFile results = new ResultsFile(folder);
        results.append(record("b1", "first"));
        results.append(record("b2", "second"));

        assertThat(results.read("b2")).extracting(TestRecord::testMethod).containsExactly("second");
        assertThat(results.read(null)).hasSize(2);
    }

    @Test
    void aNewBuildStartsFromAnEmptyFile() {
        ResultsFile results = new ResultsFile(folder);
        results.append(record("old", "first"));

        results.keepOnly("new");

        assertThat(results.read(null)).isEmpty();
    }

    @Test
    void aLaterTestJvmOfTheSameBuildKeepsWhatEarlierOnesRecorded() {
        ResultsFile results = new ResultsFile(folder);
        results.append(record("now", "first"));

        results.keepOnly("now");

        assertThat(results.read("now")).hasSize(1);
    }

    @Test
    void aLineCutShortByADyingJvmIsSkipped() throws IOException {
        ResultsFile results = new ResultsFile(folder);
        results.append(record("b", "whole"));
        Files.writeString(results.path(), "{\"build\":\"b\",\"testCla", StandardOpenOption.APPEND);

        assertThat(results.read("b")).extracting(TestRecord::testMethod).containsExactly("whole");
    }

    @Test
    void theRecordsOfTestJvmsWritingAtTheSameTimeNeverMix() throws Exception {
        int children = 3;
        int each = 100;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> started = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            started.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    AppendingChild.class.getName(), folder.toString(), "child" + c, String.valueOf(each))
                    .inheritIO().start());
        }
        for (Process child : started) {
            assertThat(child.waitFor()).isZero();
        }

        ResultsFile results = new ResultsFile(folder);
        assertThat(Files.readAllLines(results.path())).hasSize(children * each);
        assertThat(results.read("b")).hasSize(children * each);
    }
}
