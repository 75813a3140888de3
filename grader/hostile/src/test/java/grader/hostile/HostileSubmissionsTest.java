package grader.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The grade survives anything a student can write: the fixture course, one exercise per way a
 * submission can break the grading, is graded by real Maven runs of this repository's grader,
 * exactly as a student's repository is ({@code mvn test} at its root, one test JVM per test
 * class, the grader's agent in each). It is graded twice, with the messages in English and then
 * in Spanish; every test must come out as {@link Expectations} says, in both languages, with the
 * same points both times, within its time, and nothing may be left running.
 *
 * <p>A real Maven run rather than an imitation of Surefire's set-up, so that what is tested is
 * what students run: the poms, the agent's path, the fork per class, the scoreboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSubmissionsTest {

    private static final Duration GRADING_LIMIT = Duration.ofMinutes(5);
    /** The output file and the XML report each keep the first MiB of each stream, and a little more. */
    private static final long OUTPUT_LIMIT_BYTES = 5L << 20;

    private final Path repository = Path.of(System.getProperty("hostile.courseRoot")).toAbsolutePath().normalize();
    private final Path work = Path.of(System.getProperty("hostile.work")).toAbsolutePath();
    private FixtureCourse course;
    private Grading english;
    private Grading spanish;

    @BeforeAll
    void gradeTheFixtureCourseTwice() throws IOException, InterruptedException {
        Files.createDirectories(work);
        Maven maven = new Maven(Path.of(System.getProperty("hostile.mavenHome")),
                Path.of(System.getProperty("java.home")), work);
        course = FixtureCourse.assemble(repository, work.resolve("course"), maven);
        course.takeManifest();
        course.applyStudentChanges();
        english = course.grade("en");
        spanish = course.grade("es");
    }

    @Test
    void everyFailureModeIsGradedAsExpected() {
        assertThat(verdicts().stream().filter(verdict -> !verdict.asExpected())
                .map(verdict -> verdict.expected().testId() + ": " + String.join("; ", verdict.problems())))
                .as("fixture tests that did not come out as expected")
                .isEmpty();
    }

    @Test
    void theSameSubmissionGradedTwiceGetsTheSamePoints() {
        assertThat(pointsByTest(spanish)).isEqualTo(pointsByTest(english));
    }

    @Test
    void eachGradingOfTheWholeCourseTakesLessThanFiveMinutes() {
        assertThat(english.took()).isLessThan(GRADING_LIMIT);
        assertThat(spanish.took()).isLessThan(GRADING_LIMIT);
    }

    @Test
    void nothingTheSubmissionsStartedIsLeftRunning() {
        assertThat(processesLeft()).isEmpty();
    }

    @Test
    void printingFiftyMegabytesLeavesSmallReports() throws IOException {
        assertThat(floodOutputBytes()).isLessThan(OUTPUT_LIMIT_BYTES);
    }

    @AfterAll
    void writeTheTable() throws IOException {
        if (english == null || spanish == null) {
            return;
        }
        String section = HostileReport.section(verdicts(), List.of(
                String.format("Grading the whole fixture course took %d s (English) and %d s (Spanish); the limit is %d s.",
                        english.took().toSeconds(), spanish.took().toSeconds(), GRADING_LIMIT.toSeconds()),
                "Points of every test, graded twice: "
                        + (pointsByTest(english).equals(pointsByTest(spanish)) ? "the same." : "DIFFERENT."),
                "Processes left running after the gradings: " + (processesLeft().isEmpty() ? "none." : processesLeft()),
                String.format("Report files of the test class that printed 100 MB: %d KiB (limit %d KiB).",
                        floodOutputBytes() >> 10, OUTPUT_LIMIT_BYTES >> 10)));
        Files.writeString(work.resolve("hostile-submissions.md"), section, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("hostile.updateDocs")) {
            HostileReport.updateDocs(repository.resolve("grader/docs/hostile-submissions.md"), section);
        }
    }

    private List<Verdict> verdicts() {
        return Expectations.ALL.stream().map(expected -> Verdict.of(expected, english, spanish)).toList();
    }

    /**
     * {@code exercise/Class#method} → {@code points/max}, for every test in the grade. Points, not
     * statuses: a speed-up may be measured once and not the next time, for the same points.
     */
    private static Map<String, String> pointsByTest(Grading grading) {
        Map<String, String> points = new LinkedHashMap<>();
        for (JsonElement exercise : grading.grade().getAsJsonArray("exercises")) {
            String id = exercise.getAsJsonObject().get("id").getAsString();
            for (JsonElement test : exercise.getAsJsonObject().getAsJsonArray("tests")) {
                JsonObject graded = test.getAsJsonObject();
                points.put(id + "/" + graded.get("id").getAsString(),
                        graded.get("points").getAsInt() + "/" + graded.get("maxPoints").getAsInt());
            }
        }
        return points;
    }

    /** Processes of the fixture course still alive: test JVMs, or the child process a fixture starts. */
    private List<String> processesLeft() {
        String courseRoot = course.root().toString();
        List<String> left = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains(courseRoot) || line.endsWith("sleep 3141")).isPresent())
                .forEach(process -> left.add(process.pid() + " " + process.info().commandLine().orElse("")));
        return left;
    }

    private long floodOutputBytes() throws IOException {
        Path reports = course.root().resolve("exercises/ex04-resources/target/surefire-reports");
        long bytes = 0;
        for (String name : List.of("ex04.OutputFloodTest-output.txt", "TEST-ex04.OutputFloodTest.xml")) {
            if (Files.exists(reports.resolve(name))) {
                bytes += Files.size(reports.resolve(name));
            }
        }
        return bytes;
    }
}
