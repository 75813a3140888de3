package grader.scoreboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import grader.scoreboard.platform.SourceLocator.Place;
import org.junit.jupiter.api.Test;

class SourceLocatorTest extends CourseTreeTest {

    @Test
    void findsTheStudentsFileOfARecordedLocationInItsPackageFolder() {
        assertThat(sources.studentCode("ex01-threads", "ParallelSum.java:42"))
                .contains(new Place(STUDENT_FILE, 42));
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
                .contains(new Place(TEST_FILE, TEST_METHOD_LINE));
        assertThat(sources.testMethod("ex01-threads", "ex01.ParallelSumTest$Nested#sumsEveryNumber"))
                .contains(new Place(TEST_FILE, TEST_METHOD_LINE));
    }

    @Test
    void readsTheFileAndLineOfTheFirstCompilerError() {
        assertThat(sources.compilerError("does not compile: " + STUDENT_FILE
                + ":3: cannot find symbol\n  symbol: class Foo\nexercises/x/Other.java:9: more"))
                .contains(new Place(STUDENT_FILE, 3));
    }

    @Test
    void ignoresACompilerErrorOutsideTheRepository() {
        assertThat(sources.compilerError("../../outside/Evil.java:1: error")).isEmpty();
        assertThat(sources.compilerError("no Java sources in exercises/ex01-threads")).isEmpty();
    }
}
