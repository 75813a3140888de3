package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import grader.Role;
import grader.i18n.Lang;
import grader.record.FailureCause;
import grader.record.Outcome;
import grader.record.ResultsFile;
import grader.record.TestRecord;
import grader.scoreboard.TestGrade.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseGraderTest {

    private static final String BUILD = "b1";

    @TempDir
    Path root;

    private ExerciseModule module;

    @BeforeEach
    void anExerciseWithAProofASpeedUpAndACheck() throws IOException {
        Path dir = root.resolve("exercises/ex09-demo");
        write(dir.resolve("pom.xml"), "<project/>");
        write(dir.resolve("README.md"), "# Demo exercise\n");
        write(dir.resolve("src/main/java/ex09/Demo.java"), "package ex09;\npublic class Demo {}\n");
        write(dir.resolve("src/test/java/ex09/DemoTest.java"), "package ex09;\nimport grader.Graded;\nimport grader.Role;\nclass DemoTest {\n"
                + "  @Graded(points = 3, role = Role.CONCURRENCY_PROOF, en = \"overlaps\", es = \"solapa\")\n"
                + "  void overlaps() {}\n"
                + "  @Graded(points = 2, role = Role.SPEEDUP, en = \"is faster\", es = \"es más rápido\")\n"
                + "  void isFaster() {}\n"
                + "  @Graded(points = 1, en = \"checks\", es = \"comprueba\")\n"
                + "  void checks() {}\n"
                + "}\n");
        module = ExerciseModule.under(root, "exercises").get(0);
    }

    @Test
    void passedTestsEarnTheirPointsAndFailedOnesNone() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, "");
        record("isFaster", Role.SPEEDUP, Outcome.PASSED, "");
        record("checks", Role.CHECK, Outcome.FAILED, "expected 1\nbut was 2");

        ExerciseGrade grade = grade();

        assertThat(grade.title()).isEqualTo("Demo exercise");
        assertThat(grade.points()).isEqualTo(5);
        assertThat(grade.maxPoints()).isEqualTo(6);
        assertThat(grade.tests()).extracting(TestGrade::status)
                .containsExactly(Status.PASSED, Status.PASSED, Status.FAILED);
        assertThat(grade.tests().get(2).reason()).isEqualTo("expected 1");
    }

    @Test
    void anUnmeasuredSpeedUpEarnsItsPointsWhenTheProofPassed() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, "");
        record("isFaster", Role.SPEEDUP, Outcome.ABORTED, "speed-up not measured");

        TestGrade speedup = grade().tests().get(1);

        assertThat(speedup.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(speedup.points()).isEqualTo(2);
    }

    @Test
    void anUnmeasuredSpeedUpEarnsNothingWhenTheProofFailed() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.FAILED, "never overlapped");
        record("isFaster", Role.SPEEDUP, Outcome.ABORTED, "speed-up not measured");

        TestGrade speedup = grade().tests().get(1);

        assertThat(speedup.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(speedup.points()).isZero();
        assertThat(speedup.message()).contains("concurrency proof failed");
    }

    @Test
    void aTestWithoutResultDidNotRun() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, "");

        ExerciseGrade grade = grade();

        assertThat(grade.tests()).extracting(TestGrade::status)
                .containsExactly(Status.PASSED, Status.DID_NOT_RUN, Status.DID_NOT_RUN);
        assertThat(grade.tests().get(2).message()).contains("test JVM stopped");
    }

    @Test
    void aTestWhoseJvmEndedWhileItRanFailsAndTheRestOfItsClassDidNotRun() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, "");
        new ResultsFile(module.results()).append(new TestRecord(BUILD, "ex09.DemoTest", "isFaster", "is faster",
                "es más rápido", 2, Role.SPEEDUP, Outcome.STARTED, "", "", 0, new JsonObject(), null));

        ExerciseGrade grade = grade();

        assertThat(grade.tests()).extracting(TestGrade::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.DID_NOT_RUN);
        assertThat(grade.tests().get(1).message()).contains("ended abruptly while this test ran");
        assertThat(grade.tests().get(2).message()).contains("ended during «is faster»");
    }

    @Test
    void aTestThatWasSkippedDidNotRun() throws IOException {
        record("checks", Role.CHECK, Outcome.SKIPPED, "did not run: the time limit");

        assertThat(grade().tests().get(2).status()).isEqualTo(Status.DID_NOT_RUN);
    }

    @Test
    void noResultCountsWhenTheExerciseHasCodeInTheGradersPackage() throws IOException {
        record("overlaps", Role.CONCURRENCY_PROOF, Outcome.PASSED, "");
        write(module.mainSources().resolve("grader/Graded.java"), "package grader;\npublic @interface Graded {}\n");

        ExerciseGrade grade = grade();

        assertThat(grade.points()).isZero();
        assertThat(grade.maxPoints()).isEqualTo(6);
        assertThat(grade.tests()).allMatch(test -> test.status() == Status.VOIDED);
        assertThat(grade.message()).contains("could take the grader's place").contains("grader/Graded.java");
    }

    @Test
    void resultsOfAnotherBuildAreStale() throws IOException {
        new ResultsFile(module.results()).append(new TestRecord("old-build", "ex09.DemoTest", "checks", "", "", 1,
                Role.CHECK, Outcome.PASSED, "", "", 1, new JsonObject(), null));

        ExerciseGrade grade = grade();

        assertThat(grade.status()).isEqualTo(ExerciseGrade.Status.NOT_RUN);
        assertThat(grade.points()).isZero();
        assertThat(grade.maxPoints()).isEqualTo(6);
    }

    @Test
    void anExerciseThatDoesNotCompileShowsTheFirstErrorAndItsTotal() throws IOException {
        write(module.mainSources().resolve("ex09/Demo.java"), "package ex09;\npublic class Demo { int x = ; }\n");

        ExerciseGrade grade = grade();

        assertThat(grade.status()).isEqualTo(ExerciseGrade.Status.DOES_NOT_COMPILE);
        assertThat(grade.message()).contains("does not compile").contains("Demo.java:2");
        assertThat(grade.maxPoints()).isEqualTo(6);
        assertThat(grade.tests()).hasSize(3).allMatch(test -> test.status() == Status.DID_NOT_RUN);
    }

    @Test
    void anApiNewerThanTheBuildsReleaseDoesNotCompileOnANewerJdkEither() throws IOException {
        // List.reversed() is Java 21's; the course's build compiles for 17 (--release), whatever the JDK.
        write(module.mainSources().resolve("ex09/Demo.java"),
                "package ex09;\npublic class Demo {\n  Object last = java.util.List.of(1, 2).reversed();\n}\n");

        ExerciseGrade grade = grade();

        assertThat(CompileProbe.buildRelease()).isEqualTo(17);
        assertThat(grade.status()).isEqualTo(ExerciseGrade.Status.DOES_NOT_COMPILE);
        assertThat(grade.message()).contains("Demo.java:3");
    }

    private ExerciseGrade grade() throws IOException {
        return new ExerciseGrader(root, BUILD, Lang.EN).grade(module);
    }

    private void record(String method, Role role, Outcome outcome, String message) {
        new ResultsFile(module.results()).append(new TestRecord(BUILD, "ex09.DemoTest", method, "", "", 0, role,
                outcome, message, "", 1, new JsonObject(), outcome == Outcome.FAILED ? FailureCause.CHECK : null));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
