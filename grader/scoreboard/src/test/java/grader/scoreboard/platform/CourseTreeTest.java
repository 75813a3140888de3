package grader.scoreboard.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of what points at files: each test gets a small course on disk, exercise ex01-threads,
 * and the {@link SourceLocator} of it.
 */
abstract class CourseTreeTest {

    static final String STUDENT_FILE = "exercises/ex01-threads/src/main/java/ex01/ParallelSum.java";
    static final String TEST_FILE = "exercises/ex01-threads/src/test/java/ex01/ParallelSumTest.java";
    /** The line where {@code ParallelSumTest#sumsEveryNumber} is declared. */
    static final int TEST_METHOD_LINE = 6;

    @TempDir
    Path root;

    SourceLocator sources;

    @BeforeEach
    void createCourse() throws IOException {
        write(root.resolve(STUDENT_FILE), "package ex01;\n\nfinal class ParallelSum {\n}\n");
        write(root.resolve(TEST_FILE), """
                package ex01;

                class ParallelSumTest {

                    @Graded(points = 3, en = "sums", es = "suma")
                    void sumsEveryNumber() {
                    }

                    @Graded(points = 1, en = "rejects", es = "rechaza")
                    void rejectsNegativeThreads() {
                    }
                }
                """);
        sources = new SourceLocator(root);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
