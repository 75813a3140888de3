package grader.scoreboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import grader.scoreboard.platform.SourceLocator.Place;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {

    @TempDir
    Path root;

    private SourceLocator sources;

    @BeforeEach
    void createCourse() throws IOException {
        sources = new SourceLocator(CourseTree.create(root));
    }

    @Test
    void findsTheStudentsFileOfARecordedLocationInItsPackageFolder() {
        assertThat(sources.studentCode("ex01-threads", "ParallelSum.java:42"))
                .contains(new Place(CourseTree.STUDENT_FILE, 42));
    }

    @Test
    void findsNothingForAnEmptyOrUnknownLocation() {
        assertThat(sources.studentCode("ex01-threads", "")).isEmpty();
        assertThat(sources.studentCode("ex01-threads", "Missing.java:3")).isEmpty();
        assertThat(sources.studentCode("ex99-absent", "ParallelSum.java:3")).isEmpty();
    }

    @Test
    void findsTheLineWhereAGradedTestIsDeclared() {
        assertThat(sources.testMethod("ex01-threads", "ex01.ParallelSumTest#sumsEveryNumber"))
                .contains(new Place(CourseTree.TEST_FILE, CourseTree.TEST_METHOD_LINE));
        assertThat(sources.testMethod("ex01-threads", "ex01.ParallelSumTest$Nested#sumsEveryNumber"))
                .contains(new Place(CourseTree.TEST_FILE, CourseTree.TEST_METHOD_LINE));
    }

    @Test
    void readsTheFileAndLineOfTheFirstCompilerError() {
        assertThat(sources.compilerError("does not compile: " + CourseTree.STUDENT_FILE
                + ":3: cannot find symbol\n  symbol: class Foo\nexercises/x/Other.java:9: more"))
                .contains(new Place(CourseTree.STUDENT_FILE, 3));
    }

    @Test
    void ignoresACompilerErrorOutsideTheRepository() {
        assertThat(sources.compilerError("../../outside/Evil.java:1: error")).isEmpty();
        assertThat(sources.compilerError("no Java sources in exercises/ex01-threads")).isEmpty();
    }
}
