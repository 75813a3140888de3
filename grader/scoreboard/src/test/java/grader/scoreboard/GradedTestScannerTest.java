package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradedTestScannerTest {

    @TempDir
    Path sources;

    @Test
    void findsEveryGradedTestWithItsPointsAndNames() throws IOException {
        write("ex09/SomeTest.java", "package ex09;\n"
                + "class SomeTest {\n"
                + "    @Graded(points = 3,\n"
                + "            en = \"adds \\\"quoted\\\" things (and more)\",\n"
                + "            es = \"suma cosas\")\n"
                + "    void addsThings() {}\n"
                + "\n"
                + "    @Graded(points = 2, role = Role.SPEEDUP, deadlineSeconds = 120, en = \"is fast\", es = \"es rápido\")\n"
                + "    @Tag(\"slow\")\n"
                + "    public void isFast() throws Exception {}\n"
                + "\n"
                + "    @Test void notGraded() {}\n"
                + "}\n");

        List<GradedTest> tests = GradedTestScanner.scan(sources);

        assertThat(tests).containsExactly(
                new GradedTest("ex09.SomeTest", "addsThings", 3, "adds \"quoted\" things (and more)", "suma cosas"),
                new GradedTest("ex09.SomeTest", "isFast", 2, "is fast", "es rápido"));
    }

    @Test
    void pointsMustBeALiteral() throws IOException {
        write("ex09/BadTest.java", "package ex09;\nclass BadTest {\n"
                + "    @Graded(points = POINTS, en = \"x\", es = \"y\")\n    void x() {}\n}\n");

        assertThatThrownBy(() -> GradedTestScanner.scan(sources)).hasMessageContaining("number literal");
    }

    @Test
    void noTestFolderMeansNoTests() {
        assertThat(GradedTestScanner.scan(sources.resolve("missing"))).isEmpty();
    }

    private void write(String relative, String content) throws IOException {
        Path file = sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
