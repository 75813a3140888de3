package grader.scoreboard.platform;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.doesNotCompile;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static grader.scoreboard.Grades.withEvidence;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.platform.Classroom50Result.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformFilesTest extends CourseTreeTest {

    private static final Submission SUBMISSION = Submission.fromEnvironment(Map.of(), Instant.EPOCH);

    private Path folder;

    @BeforeEach
    void chooseTheGradeFolder() {
        folder = root.resolve("target/grade");
    }

    @Test
    void everyPlatformsFileAndOneRunnerPerExerciseWorthPoints() throws IOException {
        CourseGrade grade = course(Lang.EN,
                graded("ex01-threads", "Threads", passed("ex01.ParallelSumTest#sumsEveryNumber", "sums", 3),
                        failed("ex01.ParallelSumTest#rejectsNegativeThreads", "rejects", 1, "no exception", "")),
                graded("ex02-thread-pool", "Pools"),
                doesNotCompile("ex03-parallel-primes", "exercises/ex03-parallel-primes/Primes.java:1: error",
                        failed("ex03.T#a", "primes", 4, "", "")));

        PlatformFiles.write(root, folder, grade, SUBMISSION);

        assertThat(read("github/runners")).isEqualTo("ex01,ex03\n");
        assertThat(read("github/outputs")).isEqualTo("runners=ex01,ex03\npoints=3\nmax-points=8\n");
        assertThat(read("github/build")).isEqualTo("build-1\n");
        assertThat(read("github/ex01.result")).matches("[A-Za-z0-9+/=]+\n");
        assertThat(read("github/ex01.log")).startsWith("ex01-threads: 3/4 · Threads\n::error file=");
        assertThat(read("github/ex03.log")).startsWith("ex03-parallel-primes: 0/4\n::error title=");
        assertThat(folder.resolve("github/ex02.result")).doesNotExist();
        assertThat(read("result.json")).contains("\"schema\": \"classroom50/result/v1\"", "\"score\": 3");
        assertThat(read("results.json")).contains("\"score\": 3");
    }

    @Test
    void theGradeReadBackFromGradeJsonRendersTheSame() throws IOException {
        CourseGrade grade = course(Lang.ES, graded("ex01-threads", "Hilos",
                withEvidence(passed("ex01.ParallelSumTest#sumsEveryNumber", "suma «todo»", 3),
                        "{\"timeline\": [{\"thread\": \"w0\", \"startMillis\": 0, \"endMillis\": 2, \"items\": 5}]}"),
                failed("ex01.ParallelSumTest#rejectsNegativeThreads", "rechaza", 1, "ñ\n\"x\"", "ParallelSum.java:2")));
        GradeFiles.write(folder, grade);

        CourseGrade readBack = GradeFiles.read(folder.resolve("grade.json"));

        assertThat(readBack).isEqualTo(grade);
        assertThat(ReporterResult.json(readBack.exercises().get(0), sources, readBack.lang()))
                .isEqualTo(ReporterResult.json(grade.exercises().get(0), sources, grade.lang()));
        assertThat(Classroom50Result.json(readBack, SUBMISSION)).isEqualTo(Classroom50Result.json(grade, SUBMISSION));
        assertThat(read("grade.md")).contains("```mermaid");
    }

    @Test
    void theRunnerIdIsTheExerciseNumberAlone() {
        assertThat(PlatformFiles.runnerId("ex06-queue-pipeline")).isEqualTo("ex06");
    }

    private String read(String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }
}
