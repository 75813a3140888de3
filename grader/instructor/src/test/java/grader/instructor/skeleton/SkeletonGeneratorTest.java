package grader.instructor.skeleton;

import static grader.instructor.ScratchRepos.DEMO_SKELETON;
import static grader.instructor.ScratchRepos.DEMO_SOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.Problem;
import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkeletonGeneratorTest {

    private static final String SKELETON = "exercises/ex01-demo/src/main/java/ex01/Demo.java";
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path root;

    @Test
    void writesTheSkeletonThenFindsItInStep() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION);
        String given = "package ex01;\nrecord Given() {}\n";
        ScratchRepos.write(root, "solutions/ex01-demo/src/main/java/ex01/Given.java", given);

        assertThat(new SkeletonGenerator(root).generate(QUIET)).isEmpty();

        assertThat(ScratchRepos.read(root, SKELETON)).isEqualTo(DEMO_SKELETON);
        assertThat(ScratchRepos.read(root, "exercises/ex01-demo/src/main/java/ex01/Given.java")).isEqualTo(given);
        assertThat(new SkeletonGenerator(root).check()).isEmpty();
    }

    @Test
    void namesTheFirstLineWhereACommittedSkeletonDiffers() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION);
        ScratchRepos.write(root, SKELETON, DEMO_SKELETON.replace("// TODO compute the answer", "return 42;"));

        List<Problem> problems = new SkeletonGenerator(root).check();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(SKELETON);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.toString()).contains(SKELETON + ":5: differs from the skeleton generated from "
                    + "solutions/ex01-demo/src/main/java/ex01/Demo.java", "«        // TODO compute the answer»",
                    "«        return 42;»");
        });
    }

    @Test
    void reportsMissingAndExtraSkeletonFiles() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION);
        ScratchRepos.write(root, "exercises/ex01-demo/src/main/java/ex01/Extra.java", "package ex01;\n");

        assertThat(new SkeletonGenerator(root).check()).extracting(Problem::toString).containsExactly(
                SKELETON + ": missing; it is generated from solutions/ex01-demo/src/main/java/ex01/Demo.java: "
                        + "run grader/bin/generate-skeletons",
                "exercises/ex01-demo/src/main/java/ex01/Extra.java: no file of solutions/ex01-demo/src/main/java "
                        + "generates it: every skeleton file comes from the solution "
                        + "(run grader/bin/generate-skeletons removes it)");
    }

    @Test
    void generatingRemovesASkeletonFileThatNoSolutionFileGenerates() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION);
        Path extra = ScratchRepos.write(root, "exercises/ex01-demo/src/main/java/ex01/Extra.java", "package ex01;\n");

        new SkeletonGenerator(root).generate(QUIET);

        assertThat(extra).doesNotExist();
    }

    @Test
    void namesTheSolutionFileAndLineOfAWrongMarkerAndLeavesTheSkeletonAlone() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION.replace("        // END SOLUTION\n", ""));
        ScratchRepos.write(root, SKELETON, "committed\n");

        List<Problem> problems = new SkeletonGenerator(root).generate(QUIET);

        assertThat(problems).extracting(Problem::toString).singleElement().asString()
                .startsWith("solutions/ex01-demo/src/main/java/ex01/Demo.java:8: /* STUB inside the SOLUTION block "
                        + "opened at line 5");
        assertThat(ScratchRepos.read(root, SKELETON)).isEqualTo("committed\n");
    }

    /** A solution block of four long lines, then a short one. */
    private static final String LONG_SOLUTION = DEMO_SOLUTION.replace(
            "        int computedWithGreatCare = 6 * 7;\n",
            "        int firstFactorOfTheAnswer = 6;\n        int secondFactorOfTheAnswer = 7;\n"
                    + "        int computedWithGreatCare = 6 * 7;\n");

    @Test
    void findsARunOfSolutionLinesAndMarkersInTheStudentsTree() throws IOException {
        ScratchRepos.course(root, LONG_SOLUTION);
        new SkeletonGenerator(root).generate(QUIET);
        ScratchRepos.write(root, "exercises/ex01-demo/README.md", "# Demo\n\n```java\nint secondFactorOfTheAnswer = 7;\n"
                + "\nint computedWithGreatCare = 6 * 7;\nreturn computedWithGreatCare;\n```\n");
        ScratchRepos.write(root, "exercises/ex01-demo/src/test/java/ex01/DemoTest.java",
                "package ex01;\n// END SOLUTION\nclass DemoTest {\n}\n");

        assertThat(new SkeletonGenerator(root).check()).extracting(Problem::toString).containsExactly(
                "exercises/ex01-demo/README.md:4: solution text in the students' tree: "
                        + "«int secondFactorOfTheAnswer = 7;» and the lines after it are lines of a SOLUTION block "
                        + "of solutions/ex01-demo",
                "exercises/ex01-demo/src/test/java/ex01/DemoTest.java:2: marker text in the students' tree: "
                        + "markers belong in solutions/ only");
    }

    @Test
    void oneSolutionLineOrAnotherOrderIsNoLeak() throws IOException {
        ScratchRepos.course(root, LONG_SOLUTION);
        new SkeletonGenerator(root).generate(QUIET);
        ScratchRepos.write(root, "exercises/ex01-demo/README.md", "int computedWithGreatCare = 6 * 7;\n\n"
                + "int secondFactorOfTheAnswer = 7;\nint firstFactorOfTheAnswer = 6;\n"
                + "return computedWithGreatCare;\n");

        assertThat(new SkeletonGenerator(root).check()).isEmpty();
    }

    @Test
    void linesTheSkeletonAlsoHasAreNoLeak() throws IOException {
        String solution = LONG_SOLUTION.replace("// TODO compute the answer", "int secondFactorOfTheAnswer = 7;");
        ScratchRepos.course(root, solution);
        new SkeletonGenerator(root).generate(QUIET);
        ScratchRepos.write(root, "exercises/ex01-demo/README.md", "int firstFactorOfTheAnswer = 6;\n"
                + "int secondFactorOfTheAnswer = 7;\nint computedWithGreatCare = 6 * 7;\n");

        assertThat(new SkeletonGenerator(root).check()).isEmpty();
    }

    @Test
    void reportsAnExerciseWithoutASolutionAndASolutionWithoutAnExercise() throws IOException {
        ScratchRepos.course(root, DEMO_SOLUTION);
        new SkeletonGenerator(root).generate(QUIET);
        ScratchRepos.write(root, "exercises/ex02-alone/pom.xml", "<project/>\n");
        ScratchRepos.write(root, "solutions/ex03-orphan/pom.xml", "<project/>\n");

        assertThat(new SkeletonGenerator(root).check()).extracting(Problem::toString).containsExactly(
                "exercises/ex02-alone: has no reference solution solutions/ex02-alone to generate its skeleton from",
                "solutions/ex03-orphan: has no exercise folder exercises/ex03-orphan (grader/bin/new-exercise "
                        + "creates both)");
    }

    /** The course's own skeletons are exactly what the generator makes of the solutions. */
    @Test
    void theCoursesSkeletonsAreGeneratedFromItsSolutions() throws IOException {
        Path course = Path.of("").toAbsolutePath().resolve("../..").normalize();
        assertThat(course.resolve("solutions")).isDirectory();

        assertThat(new SkeletonGenerator(course).check()).isEmpty();
        assertThat(Files.readString(course.resolve("exercises/ex01-threads/src/main/java/ex01/ParallelSum.java")))
                .doesNotContain("SOLUTION");
    }
}
